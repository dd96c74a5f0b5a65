using System.Globalization;
using System.Text;

namespace Azora.Bench.Harness;

/// <summary>One request a load run sends: each is sent once, in order, spread over wrk's threads.</summary>
public sealed record PlannedRequest(string Method, string Path, string Token, string? Body = null);

/// <summary>
/// A list of distinct requests (a different lesson or attempt each time) and the wrk Lua script that plays it: thread
/// <c>k</c> of <c>n</c> sends requests k, k+n, k+2n, ... so that no request is sent twice while the list lasts. The
/// list is made longer than a run can use. Every <see cref="FreshId"/> in a body becomes a new UUID on each send, so
/// one line can stand for any number of distinct transfers.
/// </summary>
public static class RequestList
{
    public const string FreshId = "$UUID$";

    public static async Task<string> WriteScriptAsync(IReadOnlyList<PlannedRequest> requests, string directory)
    {
        Directory.CreateDirectory(directory);
        var name = Guid.NewGuid().ToString("N");
        var listPath = Path.Combine(directory, $"{name}.tsv");
        await File.WriteAllLinesAsync(listPath, requests.Select(r => string.Join('\t', r.Method, r.Path, r.Token, r.Body ?? "")));
        var scriptPath = Path.Combine(directory, $"{name}.lua");
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"local list = \"{listPath}\"");
        script.AppendLine(CultureInfo.InvariantCulture, $"local nonce = \"{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}\"");
        script.Append("""
            local requests = {}
            for line in io.lines(list) do
              local method, path, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
              requests[#requests + 1] = { method = method, path = path, token = token, body = body }
            end
            local count = 0
            local threads = 0
            function setup(thread)
              thread:set("first", threads)
              threads = threads + 1
            end
            function init(args)
              stride = 2
              next_index = first
              sent = 0
            end
            local function fresh_id()
              sent = sent + 1
              return string.format("%s-%04x-7000-8000-%012x", nonce, first, sent)
            end
            function request()
              local r = requests[(next_index % #requests) + 1]
              next_index = next_index + stride
              local headers = { ["Authorization"] = "Bearer " .. r.token }
              if r.body ~= "" then
                headers["Content-Type"] = "application/json"
                return wrk.format(r.method, r.path, headers, (r.body:gsub("%$UUID%$", fresh_id)))
              end
              return wrk.format(r.method, r.path, headers)
            end
            """);
        await File.WriteAllTextAsync(scriptPath, script.ToString().Replace("stride = 2", $"stride = {Math.Max(1, Environment.ProcessorCount)}", StringComparison.Ordinal));
        return scriptPath;
    }
}
