namespace Azora.Web.Api;

/// <summary>What an API call gave: the value, or the problem to show.</summary>
public sealed class ApiResult<T>
{
    private ApiResult(T? value, ApiProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }
    public ApiProblem? Problem { get; }
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Ok(T value) => new(value, null);
    public static ApiResult<T> Failed(ApiProblem problem) => new(default, problem);
}
