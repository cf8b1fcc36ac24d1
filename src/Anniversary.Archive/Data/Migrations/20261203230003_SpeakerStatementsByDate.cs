using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class SpeakerStatementsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An import killed before building its deferred indexes left this one dropped.
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Statements_PersonId\";");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Date",
                table: "Statements",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.Sql("UPDATE Statements SET Date = (SELECT a.Date FROM Articles a WHERE a.Id = Statements.ArticleId);");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_PersonId_Date",
                table: "Statements",
                columns: new[] { "PersonId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_PersonId_Date",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "Date",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_PersonId",
                table: "Statements",
                column: "PersonId");
        }
    }
}
