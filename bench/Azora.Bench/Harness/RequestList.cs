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
/// <para>
/// Given a rate, the script paces its sends (wrk's <c>delay()</c>) to that many requests a second in all, each thread
/// sending on a fixed schedule of its own, so a load measures latency at that rate rather than at the most the platform
/// answers. A send is counted late when no connection of its thread was free at its time, by over a millisecond: wrk
/// measures a request's latency from when it is sent, so a late send's wait would be missing from its latency.
/// </para>
/// </summary>
public static class RequestList
{
    public const string FreshId = "$UUID$";

    public static async Task<string> WriteScriptAsync(IReadOnlyList<PlannedRequest> requests, string directory, int? ratePerSecond = null)
    {
        Directory.CreateDirectory(directory);
        var name = Guid.NewGuid().ToString("N");
        var listPath = Path.Combine(directory, $"{name}.tsv");
        await File.WriteAllLinesAsync(listPath, requests.Select(r => string.Join('\t', r.Method, r.Path, r.Token, r.Body ?? "")));
        var scriptPath = Path.Combine(directory, $"{name}.lua");
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"local list = \"{listPath}\"");
        script.AppendLine(CultureInfo.InvariantCulture, $"local nonce = \"{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}\"");
        script.AppendLine("""
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
        if (ratePerSecond is { } rate)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"local interval_ms = {WrkLoad.Threads * 1000.0 / rate:0.######}");
            script.Append(Pacing);
        }
        await File.WriteAllTextAsync(scriptPath, script.ToString().Replace("stride = 2", $"stride = {WrkLoad.Threads}", StringComparison.Ordinal));
        return scriptPath;
    }

    /// <summary>
    /// Each thread's schedule, one send every <c>interval_ms</c> from its first, read on the monotonic clock through
    /// LuaJIT's FFI; <c>done()</c> prints how many sends there were and how many were late, for <see cref="WrkLoad"/>.
    /// </summary>
    private const string Pacing = """
        local ffi = require("ffi")
        ffi.cdef[[
        typedef struct { long seconds; long nanoseconds; } azora_timespec;
        int clock_gettime(int clock, azora_timespec *now);
        ]]
        local monotonic = ffi.new("azora_timespec")
        local function now_ms()
          ffi.C.clock_gettime(1, monotonic)
          return tonumber(monotonic.seconds) * 1000 + tonumber(monotonic.nanoseconds) / 1000000
        end
        local all_threads = {}
        local counted_setup = setup
        function setup(thread)
          counted_setup(thread)
          all_threads[#all_threads + 1] = thread
        end
        paced = 0
        late = 0
        function delay()
          local now = now_ms()
          next_slot = next_slot or now
          local slot = next_slot
          next_slot = slot + interval_ms
          paced = paced + 1
          if now - slot > 1 then
            late = late + 1
          end
          return math.max(0, slot - now)
        end
        function done(summary, latency, requests)
          local sends, late_sends = 0, 0
          for _, thread in ipairs(all_threads) do
            sends = sends + thread:get("paced")
            late_sends = late_sends + thread:get("late")
          end
          io.write(string.format("Paced sends: %d, late: %d\n", sends, late_sends))
        end

        """;
}
