namespace Azora.Deploy.Compose;

// The part of the Compose specification the generator writes, as typed models (snake_case on the wire).
// Collections are concrete types so that tests can read a generated file back into the same models.

public sealed class ComposeFile
{
    public Dictionary<string, ComposeService> Services { get; init; } = [];
    public Dictionary<string, ComposeVolume>? Volumes { get; init; }
}

public sealed class ComposeService
{
    public string Image { get; init; } = "";
    public ComposeBuild? Build { get; init; }
    public string? Restart { get; init; }
    public Dictionary<string, string> Environment { get; init; } = [];
    public List<PortMapping>? Ports { get; init; }
    public List<string>? Volumes { get; init; }
    public ComposeHealthcheck? Healthcheck { get; init; }
    public Dictionary<string, ComposeDependency>? DependsOn { get; init; }
}

public sealed class ComposeBuild
{
    public string Context { get; init; } = "";
    public string Dockerfile { get; init; } = "";
}

public sealed class ComposeHealthcheck
{
    public List<string> Test { get; init; } = [];
    public string Interval { get; init; } = "";
    public string Timeout { get; init; } = "";
    public int Retries { get; init; }
    public string StartPeriod { get; init; } = "";
}

public sealed class ComposeDependency
{
    public const string ServiceHealthy = "service_healthy";

    public string Condition { get; init; } = ServiceHealthy;
}

/// <summary>A named volume; the generator leaves every option at Compose's default.</summary>
public sealed class ComposeVolume;

/// <summary>A <c>published:target</c> port, always written quoted so no YAML 1.1 reader takes it for a number.</summary>
public sealed record PortMapping(int Published, int Target)
{
    public override string ToString() => FormattableString.Invariant($"{Published}:{Target}");

    public static PortMapping Parse(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2
               && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var published)
               && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var target)
            ? new PortMapping(published, target)
            : throw new FormatException($"'{value}' is not a published:target port mapping.");
    }
}
