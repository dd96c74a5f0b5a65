using Azora.LinkedData.JsonLd;

namespace Azora.LinkedData.Tests.JsonLd;

/// <summary>The bundled contexts plus the W3C VC examples context, which the published test vectors use.</summary>
internal static class ExampleContexts
{
    public const string ExamplesV2 = "https://www.w3.org/ns/credentials/examples/v2";

    // https://www.w3.org/ns/credentials/examples/v2, as published.
    private const string ExamplesV2Document = """{"@context":{"@vocab":"https://www.w3.org/ns/credentials/examples#"}}""";

    public static BundledContextLoader Loader { get; } = new(new Dictionary<string, string> { [ExamplesV2] = ExamplesV2Document });
}
