using System.Text.Json.Nodes;

namespace Azora.Web.Api;

/// <summary>What a page shows of an Open Badges credential: the achievement's name.</summary>
public static class CredentialText
{
    public static string? AchievementName(string signedJson)
    {
        try
        {
            return AchievementName(JsonNode.Parse(signedJson));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static string? AchievementName(JsonNode? credential) =>
        credential?["credentialSubject"]?["achievement"]?["name"]?.GetValue<string>() ?? credential?["name"]?.GetValue<string>();
}
