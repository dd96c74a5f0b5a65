using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Azora.Bench.Micro -- --filter '*'   (bench/run.sh does this for the report)
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
