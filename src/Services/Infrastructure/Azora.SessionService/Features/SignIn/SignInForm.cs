using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Azora.SessionService.Features.SignIn;

/// <summary>The sign-in form's HTML: labelled fields, the error announced to screen readers, no script.</summary>
internal static class SignInForm
{
    public static IResult Render(AntiforgeryTokenSet tokens, string returnUrl, string? email, string? error, int status)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in to Azora</title>
            <style>*{box-sizing:border-box}body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;font-size:1rem}button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#a40000;border:1px solid #a40000;padding:.5rem}</style>
            </head>
            <body>
            <main>
            <h1>Sign in to Azora</h1>
            """);
        if (error is not null)
        {
            page.Append("<p class=\"error\" role=\"alert\" id=\"sign-in-error\">").Append(html.Encode(error)).Append("</p>\n");
        }
        page.Append("<form method=\"post\" action=\"").Append(html.Encode(SignInPage.Path)).Append("\">\n");
        page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(tokens.FormFieldName)).Append("\" value=\"")
            .Append(html.Encode(tokens.RequestToken ?? string.Empty)).Append("\">\n");
        page.Append("<input type=\"hidden\" name=\"").Append(SignInPage.ReturnUrlField).Append("\" value=\"").Append(html.Encode(returnUrl)).Append("\">\n");
        var described = error is null ? string.Empty : " aria-describedby=\"sign-in-error\"";
        page.Append("<label for=\"email\">Email</label>\n<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required maxlength=\"256\" value=\"")
            .Append(html.Encode(email ?? string.Empty)).Append('"').Append(described).Append(">\n");
        page.Append("<label for=\"password\">Password</label>\n<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"512\">\n");
        page.Append("<label for=\"code\">Two-factor code (if your account uses one)</label>\n<input id=\"code\" name=\"code\" type=\"text\" inputmode=\"numeric\" autocomplete=\"one-time-code\" maxlength=\"16\">\n");
        page.Append("<button type=\"submit\">Sign in</button>\n</form>\n</main>\n</body>\n</html>\n");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
