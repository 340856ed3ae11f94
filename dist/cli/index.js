#!/usr/bin/env node
import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);
import{enter}from"./chunk-6UCZMA7C.js";import{__name}from"./chunk-B3E4ORGJ.js";import nodeModule from"node:module";import{setFlagsFromString}from"node:v8";function keepYoungGenerationSmall(){try{setFlagsFromString("--semi-space-growth-factor=1")}catch{}}__name(keepYoungGenerationSmall,"keepYoungGenerationSmall");var enable=nodeModule.enableCompileCache;try{enable?.()}catch{}enter(import.meta.url,()=>{keepYoungGenerationSmall(),import("./chunk-PMEY4CW2.js")});
