using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Azora.Deploy.Tests;

/// <summary>Validates a compose file against the Compose Specification's JSON schema (see Schemas/README.md).</summary>
internal static class ComposeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        EmbeddedSchemaText().Replace("http://json-schema.org/draft/2019-09/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal)));

    /// <summary>The schema as bundled into this assembly (an embedded resource), so the check needs no file beside it and no network.</summary>
    private static string EmbeddedSchemaText()
    {
        using var stream = typeof(ComposeSchema).Assembly.GetManifestResourceStream("compose-spec.json")
            ?? throw new InvalidOperationException("compose-spec.json is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The schema's complaints about <paramref name="yaml"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string yaml)
    {
        var result = Schema.Value.Evaluate(
            JsonSerializer.SerializeToElement(ToJson(yaml)),
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    /// <summary>YAML to JSON the way a compose reader types scalars: plain numbers and booleans are not strings.</summary>
    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents.Single().RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidDataException($"Unexpected YAML node {node.NodeType}."),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        return value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "" or "null" or "~" => null,
            _ => JsonValue.Create(value),
        };
    }
}
