namespace Azora.PaymentService.Features.Statements;

/// <summary>RFC 4180 cells, defused against spreadsheet formulas (a cell starting with = + - @ is prefixed with ').</summary>
internal static class Csv
{
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
