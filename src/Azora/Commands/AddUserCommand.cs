using System.ComponentModel;
using Azora.Contracts.UserService;
using Azora.Hosting;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary>How an operator creates the first platform-admin: there is no default account or password anywhere.</summary>
internal sealed class AddUserCommand : AsyncCommand<AddUserCommand.Settings>
{
    internal sealed class Settings : PlatformSettings
    {
        [CommandArgument(0, "<EMAIL>")]
        public string Email { get; init; } = "";

        [CommandOption("-r|--role <ROLE>")]
        [Description("A role to grant; repeat for several. Known roles: learner, instructor, guardian, employer, freelancer, client, org-admin, arbitrator, platform-admin.")]
        public string[] Roles { get; init; } = [];

        [CommandOption("--password-stdin")]
        [Description("Read the password from standard input (required: passwords never go on the command line).")]
        public bool PasswordFromStdin { get; init; }

        public override ValidationResult Validate()
        {
            if (!PasswordFromStdin)
            {
                return ValidationResult.Error("Pass --password-stdin and write the password to standard input.");
            }
            if (Roles.Length == 0)
            {
                return ValidationResult.Error("Name at least one --role.");
            }
            var unknown = Roles.Where(role => !Azora.Contracts.Roles.IsKnown(role)).ToList();
            return unknown.Count > 0
                ? ValidationResult.Error($"Unknown role {string.Join(", ", unknown)}; known roles: {string.Join(", ", Azora.Contracts.Roles.All)}.")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            AnsiConsole.MarkupLine("[red]No password was given on standard input.[/]");
            return 2;
        }

        await using var app = PlatformHost.Build(settings.HostArguments(), [ServiceCatalog.UserServiceId]);
        foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<IAccountProvisioner>();
        var result = await provisioner.CreateAsync(settings.Email, password, settings.Roles, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{error}[/]");
            }
            return 1;
        }
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Created {result.Account!.Email}[/] ({result.Account.Id}) with roles {string.Join(", ", result.Account.Roles)}.");
        return 0;
    }
}
