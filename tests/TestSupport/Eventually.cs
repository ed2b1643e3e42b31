namespace LabourWelfare.TestSupport;

/// <summary>Waits on a condition with a deadline (never a blind sleep): polls until true or fails with the reason.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task Until(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? DefaultTimeout);
        Exception? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception ex)
            {
                last = ex;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0} s waiting until {because}.", last);
    }

    public static Task Until(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        Until(() => Task.FromResult(condition()), because, timeout);

    /// <summary>Polls until the probe returns a value, and returns it.</summary>
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string because, TimeSpan? timeout = null) where T : class
    {
        T? value = null;
        await Until(async () => (value = await probe()) is not null, because, timeout);
        return value!;
    }
}
