using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Azora.Deploy.Compose;

/// <summary>Reads and writes compose files: snake_case keys, nulls left out, no anchors, sequences indented.</summary>
public static class ComposeYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new PortMappingConverter())
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .WithQuotingNecessaryStrings()
        .WithIndentedSequences()
        .DisableAliases()
        .Build();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new PortMappingConverter())
        .Build();

    public static string Serialize(ComposeFile file) => Serializer.Serialize(file);

    public static ComposeFile Deserialize(string yaml) => Deserializer.Deserialize<ComposeFile>(yaml);

    private sealed class PortMappingConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(PortMapping);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
            PortMapping.Parse(parser.Consume<YamlDotNet.Core.Events.Scalar>().Value);

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, value!.ToString()!, ScalarStyle.DoubleQuoted, false, true));
    }
}
