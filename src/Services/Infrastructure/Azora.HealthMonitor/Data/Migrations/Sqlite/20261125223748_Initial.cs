using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.HealthMonitor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_monitor_hourly_uptime",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hour = table.Column<long>(type: "INTEGER", nullable: false),
                    Polls = table.Column<int>(type: "INTEGER", nullable: false),
                    UpPolls = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_hourly_uptime", x => new { x.ServiceId, x.Hour });
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_idempotency_keys",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_probe_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Ready = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LatencyMilliseconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_probe_results", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_service_health",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReadyInstances = table.Column<int>(type: "INTEGER", nullable: false),
                    Instances = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FailedPolls = table.Column<int>(type: "INTEGER", nullable: false),
                    HealthyPolls = table.Column<int>(type: "INTEGER", nullable: false),
                    FailingSince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_service_health", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_service_polls",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadyInstances = table.Column<int>(type: "INTEGER", nullable: false),
                    Instances = table.Column<int>(type: "INTEGER", nullable: false),
                    Up = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_service_polls", x => new { x.ServiceId, x.PolledAt });
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_affected_instances",
                columns: table => new
                {
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FirstFailedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_affected_instances", x => new { x.IncidentId, x.Instance });
                    table.ForeignKey(
                        name: "FK_health_monitor_affected_instances_health_monitor_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "health_monitor_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "health_monitor_incident_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_monitor_incident_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_health_monitor_incident_updates_health_monitor_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "health_monitor_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_hourly_uptime_Hour",
                table: "health_monitor_hourly_uptime",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_idempotency_keys_CreatedAt",
                table: "health_monitor_idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_incident_updates_IncidentId_At",
                table: "health_monitor_incident_updates",
                columns: new[] { "IncidentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_incidents_ResolvedAt_Id",
                table: "health_monitor_incidents",
                columns: new[] { "ResolvedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_incidents_ServiceId_ResolvedAt",
                table: "health_monitor_incidents",
                columns: new[] { "ServiceId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "health_monitor_IX_incidents_one_open_per_service",
                table: "health_monitor_incidents",
                column: "ServiceId",
                unique: true,
                filter: "\"ResolvedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_probe_results_PolledAt",
                table: "health_monitor_probe_results",
                column: "PolledAt");

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_probe_results_ServiceId_PolledAt_Id",
                table: "health_monitor_probe_results",
                columns: new[] { "ServiceId", "PolledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_health_monitor_service_polls_PolledAt",
                table: "health_monitor_service_polls",
                column: "PolledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_monitor_affected_instances");

            migrationBuilder.DropTable(
                name: "health_monitor_hourly_uptime");

            migrationBuilder.DropTable(
                name: "health_monitor_idempotency_keys");

            migrationBuilder.DropTable(
                name: "health_monitor_incident_updates");

            migrationBuilder.DropTable(
                name: "health_monitor_probe_results");

            migrationBuilder.DropTable(
                name: "health_monitor_service_health");

            migrationBuilder.DropTable(
                name: "health_monitor_service_polls");

            migrationBuilder.DropTable(
                name: "health_monitor_incidents");
        }
    }
}
