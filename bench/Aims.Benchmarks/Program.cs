using System.CommandLine;
using Aims.Evidence.Benchmarks;
using Aims.Evidence.Cli;

// `evidence …` is exactly what `aims evidence …` will run; `inproc …` times the engine inside one warm process.
var root = new RootCommand("OpenAIMS evidence benchmark host")
{
    EvidenceCommands.Create(),
    InProcessBenchmark.Create(),
};
return await root.Parse(args).InvokeAsync();
