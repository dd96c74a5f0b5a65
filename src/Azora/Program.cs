using Azora.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("azora");
    config.AddCommand<RunCommand>("run").WithDescription("Run the platform: every implemented service in one process, or only those named.");
    config.AddCommand<PsCommand>("ps").WithDescription("Show the processes self-healing-orchestrator supervises under `azora run --split`: instance, pid, uptime, restarts, readiness.");
    config.AddCommand<ServicesCommand>("services").WithDescription("List the service catalog, with health when the platform is running.");
    config.AddCommand<HealthCommand>("health").WithDescription("Check the readiness of every implemented service; exits non-zero if any is not ready.");
    config.AddCommand<MigrateCommand>("migrate").WithDescription("Apply every service's database migrations (SQLite, or PostgreSQL with --postgres).");
    config.AddBranch("users", users =>
    {
        users.SetDescription("Manage accounts from the operator's command line.");
        users.AddCommand<AddUserCommand>("add").WithDescription("Create a verified account with roles; the password is read from standard input.");
    });
    config.AddBranch("seed", seed =>
    {
        seed.SetDescription("Fill the platform with data.");
        seed.AddCommand<SeedDemoCommand>("demo").WithDescription("Seed a realistic demo catalog and one account per role (<role>@demo.azora.test); running it again adds nothing. The password is read with --password-stdin or generated and printed.");
    });
    config.AddBranch("audit", audit => audit.AddCommand<AuditVerifyCommand>("verify").WithDescription("Recompute the audit log's Merkle tree from its stored entries and check every signed tree head; exits non-zero naming any entry that was changed."));
    config.AddBranch("deploy", deploy =>
    {
        deploy.SetDescription("Regenerate the deploy files under deploy/ from the service catalog.");
        deploy.AddCommand<DeployComposeCommand>("compose").WithDescription("Write deploy/compose/docker-compose.*.yml and deploy/Dockerfile.");
        deploy.AddCommand<DeployK8sCommand>("k8s").WithDescription("Write the kustomize base deploy/k8s/base/ and deploy/Dockerfile.");
    });
    config.AddBranch("new", create =>
    {
        create.SetDescription("Scaffold new parts of the platform.");
        create.AddCommand<NewServiceCommand>("service").WithDescription("Scaffold a service from templates/service/ and add it to the catalog, solution, host and deploy files.");
    });
});
return await app.RunAsync(args);
