using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "azora_content_component_usages",
                columns: table => new
                {
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_content_component_usages", x => new { x.ComponentId, x.ItemId });
                });

            migrationBuilder.CreateTable(
                name: "azora_content_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LatestVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_content_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_content_media",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_content_media", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "azora_content_item_co_owners",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_content_item_co_owners", x => new { x.ItemId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_azora_content_item_co_owners_azora_content_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "azora_content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_content_item_tags",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_content_item_tags", x => new { x.ItemId, x.Name });
                    table.ForeignKey(
                        name: "FK_azora_content_item_tags_azora_content_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "azora_content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_content_versions",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RestoredFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_content_versions", x => new { x.ItemId, x.Number });
                    table.ForeignKey(
                        name: "FK_azora_content_versions_azora_content_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "azora_content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_azora_content_component_usages_ItemId",
                table: "azora_content_component_usages",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_azora_content_item_co_owners_AccountId_ItemId",
                table: "azora_content_item_co_owners",
                columns: new[] { "AccountId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_content_item_tags_Name_ItemId",
                table: "azora_content_item_tags",
                columns: new[] { "Name", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_content_items_OwnerId_Id",
                table: "azora_content_items",
                columns: new[] { "OwnerId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "azora_content_component_usages");

            migrationBuilder.DropTable(
                name: "azora_content_item_co_owners");

            migrationBuilder.DropTable(
                name: "azora_content_item_tags");

            migrationBuilder.DropTable(
                name: "azora_content_media");

            migrationBuilder.DropTable(
                name: "azora_content_versions");

            migrationBuilder.DropTable(
                name: "azora_content_items");
        }
    }
}
