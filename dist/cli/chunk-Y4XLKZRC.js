import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);
import{sendAndConfirm}from"./chunk-XOWGAA7O.js";import"./chunk-B3GAFZ2O.js";import"./chunk-SDFVPJZG.js";import"./chunk-U5T7NNV3.js";import"./chunk-BO3BXT5V.js";import"./chunk-B3E4ORGJ.js";export{sendAndConfirm};
