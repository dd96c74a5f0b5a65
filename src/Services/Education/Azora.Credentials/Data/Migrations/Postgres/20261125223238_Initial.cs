using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Credentials.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AchievementName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignedJson = table.Column<string>(type: "text", nullable: false),
                    Jwt = table.Column<string>(type: "text", nullable: false),
                    VerificationMethod = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    RevocationIndex = table.Column<int>(type: "integer", nullable: false),
                    SuspensionIndex = table.Column<int>(type: "integer", nullable: false),
                    Revoked = table.Column<bool>(type: "boolean", nullable: false),
                    Suspended = table.Column<bool>(type: "boolean", nullable: false),
                    StatusChangedAt = table.Column<long>(type: "bigint", nullable: true),
                    StatusVersion = table.Column<int>(type: "integer", nullable: false),
                    AuditEventId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "issuer_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PublicKeyMultibase = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedSeed = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RetiredAt = table.Column<long>(type: "bigint", nullable: true),
                    Current = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issuer_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "share_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CredentialId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_share_links_credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credentials_LearnerId_Id",
                table: "credentials",
                columns: new[] { "LearnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_credentials_LearnerId_Kind_SourceId",
                table: "credentials",
                columns: new[] { "LearnerId", "Kind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credentials_RevocationIndex",
                table: "credentials",
                column: "RevocationIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credentials_SuspensionIndex",
                table: "credentials",
                column: "SuspensionIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issuer_keys_Current",
                table: "issuer_keys",
                column: "Current",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issuer_keys_PublicKeyMultibase",
                table: "issuer_keys",
                column: "PublicKeyMultibase",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_share_links_CredentialId_Id",
                table: "share_links",
                columns: new[] { "CredentialId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_share_links_TokenHash",
                table: "share_links",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issuer_keys");

            migrationBuilder.DropTable(
                name: "share_links");

            migrationBuilder.DropTable(
                name: "credentials");
        }
    }
}
