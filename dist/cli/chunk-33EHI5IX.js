import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);
import{buildPartial,failedPartial,planOf,serializePartial}from"./chunk-AR2Z44NZ.js";import"./chunk-FZBPUTPH.js";import"./chunk-KKOYPPAS.js";import"./chunk-U5T7NNV3.js";import"./chunk-B3E4ORGJ.js";export{buildPartial,failedPartial,planOf,serializePartial};
