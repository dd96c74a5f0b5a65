using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.AuditLoggingService.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entries",
                columns: table => new
                {
                    LeafIndex = table.Column<long>(type: "bigint", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResourceType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResourceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceService = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    LeafHash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entries", x => x.LeafIndex);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                columns: table => new
                {
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    PrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_keys", x => x.Slot);
                });

            migrationBuilder.CreateTable(
                name: "tree_heads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TreeSize = table.Column<long>(type: "bigint", nullable: false),
                    Timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RootHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", nullable: false),
                    KeyId = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_heads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entries_Action_LeafIndex",
                table: "entries",
                columns: new[] { "Action", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_entries_ActorId_LeafIndex",
                table: "entries",
                columns: new[] { "ActorId", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_entries_EventId",
                table: "entries",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entries_Id",
                table: "entries",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entries_LeafHash",
                table: "entries",
                column: "LeafHash");

            migrationBuilder.CreateIndex(
                name: "IX_entries_OccurredAt",
                table: "entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_entries_ResourceType_ResourceId_LeafIndex",
                table: "entries",
                columns: new[] { "ResourceType", "ResourceId", "LeafIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_heads_TreeSize",
                table: "tree_heads",
                column: "TreeSize");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entries");

            migrationBuilder.DropTable(
                name: "signing_keys");

            migrationBuilder.DropTable(
                name: "tree_heads");
        }
    }
}
