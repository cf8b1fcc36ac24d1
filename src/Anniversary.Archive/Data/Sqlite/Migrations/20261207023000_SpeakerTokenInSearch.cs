using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A fourth column of the search index, <c>speaker</c>: a statement's row holds there a token for
    /// its speaker that no typed word can be, so a search filtered to a speaker lets FTS5 intersect the
    /// words with the speaker's rows. The index is made again, empty, and every article is marked for
    /// importing again: the site's next start imports its seeds folder, another folder needs its import.
    /// </summary>
    public partial class SpeakerTokenInSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(title, body, people, speaker, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO ArticleWords(ArticleWords) VALUES ('delete-all');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(title, body, people, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO ArticleWords(ArticleWords) VALUES ('delete-all');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }
    }
}
