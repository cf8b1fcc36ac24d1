using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// A statement keyed by its article and paragraph, as on SQLite: no id of its own, and the
    /// primary key's index in place of the unique index of article and paragraph. No import is needed.
    /// </summary>
    public partial class StatementsKeyedByParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(name: "PK_Statements", table: "Statements");
            migrationBuilder.DropIndex(name: "IX_Statements_ArticleId_ParagraphNumber", table: "Statements");
            migrationBuilder.DropColumn(name: "Id", table: "Statements");
            migrationBuilder.AddPrimaryKey(name: "PK_Statements", table: "Statements", columns: ["ArticleId", "ParagraphNumber"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(name: "PK_Statements", table: "Statements");
            migrationBuilder.AddColumn<int>(name: "Id", table: "Statements", type: "integer", nullable: false, defaultValue: 0)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            migrationBuilder.AddPrimaryKey(name: "PK_Statements", table: "Statements", column: "Id");
            migrationBuilder.CreateIndex(name: "IX_Statements_ArticleId_ParagraphNumber", table: "Statements", columns: ["ArticleId", "ParagraphNumber"], unique: true);
        }
    }
}
