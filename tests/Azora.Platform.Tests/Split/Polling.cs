using System.Text.Json;

namespace Azora.Platform.Tests.Split;

/// <summary>Asks again until the answer is the awaited one or the patience runs out.</summary>
internal static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting; the last answer was {JsonSerializer.Serialize(value)}.");
            await Task.Delay(250);
        }
    }
}
