using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.SelfHealingOrchestrator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "self_healing_orchestrator_process_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Pid = table.Column<int>(type: "INTEGER", nullable: true),
                    ExitCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_healing_orchestrator_process_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "self_healing_orchestrator_processes",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pid = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Restarts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastExitCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastExitAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_healing_orchestrator_processes", x => x.InstanceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_self_healing_orchestrator_process_events_InstanceId_Id",
                table: "self_healing_orchestrator_process_events",
                columns: new[] { "InstanceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_self_healing_orchestrator_processes_ServiceId",
                table: "self_healing_orchestrator_processes",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "self_healing_orchestrator_process_events");

            migrationBuilder.DropTable(
                name: "self_healing_orchestrator_processes");
        }
    }
}
