using Azora.Bench;
using Azora.Bench.Harness;

// bench/run.sh builds everything in Release and runs this; see bench/README.md.
var options = BenchOptions.Parse(args);
BenchPorts.Offset = options.PortOffset;
var commit = (await ChildProcess.RunAsync("git", ["rev-parse", "--short", "HEAD"])).Trim();
// run.sh adds the paths of its own builds; the command a reader repeats is run.sh with the rest.
string[] ownPaths = ["--azora", "--micro"];
var chosen = args.Where((arg, i) => !ownPaths.Contains(arg) && (i == 0 || !ownPaths.Contains(args[i - 1])));
var report = await new BenchRun(options, string.Join(' ', ["bench/run.sh", .. chosen]), commit).RunAsync();
Console.WriteLine($"Wrote {Path.Combine(options.OutputDirectory, "latest.md")} and latest.json ({report.Figures.Count} figures).");
return report.Figures.Any(f => f.Met == false) ? 1 : 0;
