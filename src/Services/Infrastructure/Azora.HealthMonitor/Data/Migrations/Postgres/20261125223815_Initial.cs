using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.HealthMonitor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hourly_uptime",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hour = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Polls = table.Column<int>(type: "integer", nullable: false),
                    UpPolls = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hourly_uptime", x => new { x.ServiceId, x.Hour });
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "probe_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Instance = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Ready = table.Column<bool>(type: "boolean", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LatencyMilliseconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_probe_results", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_health",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReadyInstances = table.Column<int>(type: "integer", nullable: false),
                    Instances = table.Column<int>(type: "integer", nullable: false),
                    LastPolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FailedPolls = table.Column<int>(type: "integer", nullable: false),
                    HealthyPolls = table.Column<int>(type: "integer", nullable: false),
                    FailingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_health", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "service_polls",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadyInstances = table.Column<int>(type: "integer", nullable: false),
                    Instances = table.Column<int>(type: "integer", nullable: false),
                    Up = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_polls", x => new { x.ServiceId, x.PolledAt });
                });

            migrationBuilder.CreateTable(
                name: "affected_instances",
                columns: table => new
                {
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Instance = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FirstFailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_affected_instances", x => new { x.IncidentId, x.Instance });
                    table.ForeignKey(
                        name: "FK_affected_instances_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_updates_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hourly_uptime_Hour",
                table: "hourly_uptime",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_idempotency_keys_CreatedAt",
                table: "idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_incident_updates_IncidentId_At",
                table: "incident_updates",
                columns: new[] { "IncidentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_ResolvedAt_Id",
                table: "incidents",
                columns: new[] { "ResolvedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_ServiceId_ResolvedAt",
                table: "incidents",
                columns: new[] { "ServiceId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_one_open_per_service",
                table: "incidents",
                column: "ServiceId",
                unique: true,
                filter: "\"ResolvedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_probe_results_PolledAt",
                table: "probe_results",
                column: "PolledAt");

            migrationBuilder.CreateIndex(
                name: "IX_probe_results_ServiceId_PolledAt_Id",
                table: "probe_results",
                columns: new[] { "ServiceId", "PolledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_service_polls_PolledAt",
                table: "service_polls",
                column: "PolledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "affected_instances");

            migrationBuilder.DropTable(
                name: "hourly_uptime");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "incident_updates");

            migrationBuilder.DropTable(
                name: "probe_results");

            migrationBuilder.DropTable(
                name: "service_health");

            migrationBuilder.DropTable(
                name: "service_polls");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
