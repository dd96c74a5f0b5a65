namespace Azora.Web.Api;

/// <summary>
/// A reading's text lives in azora-content: written as a version, submitted and published there, and the lesson points at
/// the item. A new text is a new version of the same item, published the same way.
/// </summary>
public static class StudioReadings
{
    public static async Task<(Guid? ItemId, ApiProblem? Problem)> PublishNewAsync(GatewayClient api, string title, string? markdown)
    {
        var item = await api.PostAsync<CreatedContent>("/azora-content/api/items", new { title, kind = "lesson", markdown = markdown ?? "" });
        if (item.Value is not { } created)
        {
            return (null, item.Problem);
        }
        var published = await PublishAsync(api, created.Item.Id, 1);
        return published is null ? (created.Item.Id, null) : (null, published);
    }

    /// <summary>The item's latest version's markdown, to edit.</summary>
    public static async Task<string?> MarkdownOfAsync(GatewayClient api, Guid itemId)
    {
        var history = await api.GetAsync<ContentItemHistory>($"/azora-content/api/items/{itemId}");
        if (history.Value is not { } item)
        {
            return null;
        }
        var version = await api.GetAsync<ContentVersion>($"/azora-content/api/items/{itemId}/versions/{item.Item.LatestVersion}");
        return version.Value?.Markdown;
    }

    /// <summary>Saves <paramref name="markdown"/> as the item's next version and publishes it; null when done.</summary>
    public static async Task<ApiProblem?> ReviseAsync(GatewayClient api, Guid itemId, string title, string markdown)
    {
        var draft = await api.PutAsync<ContentVersionSummary>($"/azora-content/api/items/{itemId}/draft", new { markdown, title });
        return draft.Value is { } version ? await PublishAsync(api, itemId, version.Number) : draft.Problem;
    }

    private static async Task<ApiProblem?> PublishAsync(GatewayClient api, Guid itemId, int number)
    {
        var submitted = await api.PostAsync<object>($"/azora-content/api/items/{itemId}/versions/{number}/submit", null);
        var published = submitted.Succeeded ? await api.PostAsync<object>($"/azora-content/api/items/{itemId}/versions/{number}/publish", null) : submitted;
        return published.Problem;
    }
}
