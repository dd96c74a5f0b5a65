using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.AuditLoggingService.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_logging_service_entries",
                columns: table => new
                {
                    LeafIndex = table.Column<long>(type: "INTEGER", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResourceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceService = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LeafHash = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_logging_service_entries", x => x.LeafIndex);
                });

            migrationBuilder.CreateTable(
                name: "audit_logging_service_signing_keys",
                columns: table => new
                {
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    PrivateKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_logging_service_signing_keys", x => x.Slot);
                });

            migrationBuilder.CreateTable(
                name: "audit_logging_service_tree_heads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TreeSize = table.Column<long>(type: "INTEGER", nullable: false),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    RootHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false),
                    KeyId = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_logging_service_tree_heads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_Action_LeafIndex",
                table: "audit_logging_service_entries",
                columns: new[] { "Action", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_ActorId_LeafIndex",
                table: "audit_logging_service_entries",
                columns: new[] { "ActorId", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_EventId",
                table: "audit_logging_service_entries",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_Id",
                table: "audit_logging_service_entries",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_LeafHash",
                table: "audit_logging_service_entries",
                column: "LeafHash");

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_OccurredAt",
                table: "audit_logging_service_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_entries_ResourceType_ResourceId_LeafIndex",
                table: "audit_logging_service_entries",
                columns: new[] { "ResourceType", "ResourceId", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_logging_service_tree_heads_TreeSize",
                table: "audit_logging_service_tree_heads",
                column: "TreeSize");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_logging_service_entries");

            migrationBuilder.DropTable(
                name: "audit_logging_service_signing_keys");

            migrationBuilder.DropTable(
                name: "audit_logging_service_tree_heads");
        }
    }
}
