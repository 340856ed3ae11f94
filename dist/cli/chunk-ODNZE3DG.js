import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);
import{jsonWithoutRunnerCommands}from"./chunk-6BM2W5NM.js";import{CONNECTION_USAGE,connectionFromFlags,connectionOptions,flagsOrHelp,httpOptionsFor,runCommand}from"./chunk-TXEDRQEC.js";import"./chunk-KKOYPPAS.js";import"./chunk-4YEBNDT6.js";import{listWorkspacePipelines}from"./chunk-F26MHG42.js";import"./chunk-T3J7OB6Q.js";import"./chunk-B3GAFZ2O.js";import"./chunk-SDFVPJZG.js";import"./chunk-U5T7NNV3.js";import{EXIT_OK,plainText}from"./chunk-BO3BXT5V.js";import{__name}from"./chunk-B3E4ORGJ.js";var PIPELINES_USAGE=`Usage: iacm-report pipelines [--json] [connection]

List the pipelines that use the workspace: one identifier per line, or with --json one object
{ "account", "org", "project", "workspace", "pipelines": [...] }.

${CONNECTION_USAGE}

Exit codes: 0 listed (even when none), 2 bad flags, 1 the API call failed.`,options={json:{type:"boolean"},help:{type:"boolean",short:"h"},...connectionOptions};async function run(argv,io,overrides={}){return runCommand(argv,io,async()=>{let values=flagsOrHelp(argv,options,"pipelines",PIPELINES_USAGE,io);if(values===void 0)return EXIT_OK;let conn=connectionFromFlags(values,io.env,{require:!0}),result=await listWorkspacePipelines(conn,httpOptionsFor(io,overrides));if(values.json){let json={account:result.account??conn.accountId,org:result.org??conn.org,project:result.project??conn.project,workspace:conn.workspace,pipelines:result.pipelines};io.stdout(`${jsonWithoutRunnerCommands(JSON.stringify(json,null,2))}
`)}else io.stdout(result.pipelines.map(id=>`${plainText(id)}
`).join("")),result.pipelines.length===0&&io.stderr(`iacm-report: no pipeline uses workspace ${conn.workspace??""}
`);return result.truncated&&io.stderr(`iacm-report: warning: stopped after ${result.pipelines.length} pipelines (page limit); the list may be incomplete
`),EXIT_OK})}__name(run,"run");export{PIPELINES_USAGE,run};
