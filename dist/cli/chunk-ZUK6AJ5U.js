import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);
import{fileSize,policyName}from"./chunk-LJPRK5UB.js";import{CONNECTION_USAGE,SETTINGS,SETTING_NAMES,connectionFromFlags,connectionOptions,flagOptions,flagValue,flagsOrHelp,httpOptionsFor,runCommand}from"./chunk-TXEDRQEC.js";import"./chunk-KKOYPPAS.js";import"./chunk-4YEBNDT6.js";import{DATA_TYPES,combinePolicyAnswers,createData,uploadHttpOptions}from"./chunk-V7IK2FEH.js";import"./chunk-KH7V7ZBM.js";import"./chunk-D3QUQWCP.js";import"./chunk-5RI5B73F.js";import"./chunk-T3J7OB6Q.js";import"./chunk-B3GAFZ2O.js";import"./chunk-SDFVPJZG.js";import"./chunk-U5T7NNV3.js";import{ApiError,EXIT_FAILURE,EXIT_OK,UsageError,plainText}from"./chunk-BO3BXT5V.js";import{__name}from"./chunk-B3E4ORGJ.js";import{resolve}from"node:path";var UPLOAD_USAGE=`Usage: iacm-report upload --data-type <type> --file <file> [options] [connection]

Store one file in the IaCM workspace (for example one a report run could not upload), and print
the stored data's id. The file is sent as it is and never printed.
  --data-type <type>           ${DATA_TYPES.join(", ")}
  --file <file>                the bytes to store
  --stack-path <path>          the Terragrunt unit the data belongs to
  --pipeline-id <id>           HARNESS_PIPELINE_ID      } all four required
  --stage-id <id>              HARNESS_STAGE_ID         }
  --pipeline-execution-id <id> HARNESS_EXECUTION_ID     }
  --pipeline-stage-id <id>     the stage execution id   }

${CONNECTION_USAGE}

Exit codes: 0 stored, 2 bad input or usage, 1 the API call failed.`,PIPELINE_ROWS=SETTINGS.filter(row=>row.path.startsWith("uploads.pipeline.")),options={"data-type":{type:"string"},file:{type:"string"},"stack-path":{type:"string"},...flagOptions(PIPELINE_ROWS),help:{type:"boolean",short:"h"},...connectionOptions};function pipelineIds(values,env){let ids={},missing=[];for(let row of PIPELINE_ROWS){let value=flagValue(row,values,env),key=row.path.slice(17);typeof value=="string"&&value.trim()!==""?ids[key]=value.trim():missing.push(SETTING_NAMES.cli(row.path)??`--${row.name}`)}if(missing.length>0)throw new UsageError(`missing ${missing.join(", ")} (the data endpoint requires them)`);return ids}__name(pipelineIds,"pipelineIds");async function run(argv,io,overrides={}){return runCommand(argv,io,async()=>{let values=flagsOrHelp(argv,options,"upload",UPLOAD_USAGE,io);if(values===void 0)return EXIT_OK;let dataType=values["data-type"];if(dataType===void 0||!DATA_TYPES.includes(dataType))throw new UsageError(`--data-type must be one of ${DATA_TYPES.join(", ")}`);if(values.file===void 0||values.file==="")throw new UsageError("give the file to store with --file <file>");let pipeline=pipelineIds(values,io.env),conn=connectionFromFlags(values,io.env,{require:!0}),file=resolve(io.cwd,values.file),size=await fileSize(file,values.file),stackPath=values["stack-path"]===""?void 0:values["stack-path"];try{let result=await createData(conn,{dataType,source:{file,size},pipeline,stackPath},uploadHttpOptions(size,httpOptionsFor(io,overrides))),policy=combinePolicyAnswers([result.response]);if(policy!==void 0){io.stderr(`iacm-report: policy evaluation: ${policy.level}
`);for(let p of policy.policies)io.stderr(plainText(`iacm-report:   ${p.level} ${policyName(p)}${p.message?`: ${p.message}`:""}`)+`
`)}return result.id===void 0?(io.stderr(`iacm-report: error: ${plainText(result.idProblem??"no id")}
`),EXIT_FAILURE):(io.stdout(`${result.id}
`),io.stderr(`iacm-report: stored ${values.file} as ${dataType} (${size.toLocaleString("en-US")} bytes)
`),EXIT_OK)}catch(error){if(!(error instanceof ApiError))throw error;return io.stderr(`iacm-report: error: ${error.message}
`),io.stderr(`iacm-report: nothing was stored; retry with the same command
`),EXIT_FAILURE}})}__name(run,"run");export{UPLOAD_USAGE,run};
