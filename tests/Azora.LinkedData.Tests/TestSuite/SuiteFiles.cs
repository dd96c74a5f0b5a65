namespace Azora.LinkedData.Tests.TestSuite;

/// <summary>Reads the copied test-suite files from the test output directory.</summary>
internal static class SuiteFiles
{
    public static string PathOf(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "TestSuite", relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
