using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data;

/// <summary>
/// The archive's tables, as every reader sees them whatever the engine. Each engine has its own
/// subclass, which owns that engine's migrations (EF Core's one migration set per provider); the
/// command that adds a migration is written on each engine's context.
/// </summary>
public abstract class ArchiveDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleBody> ArticleBodies => Set<ArticleBody>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Appearance> Appearances => Set<Appearance>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Moment> Moments => Set<Moment>();

    public DbSet<MentionedDate> MentionedDates => Set<MentionedDate>();

    public DbSet<FormerSlug> FormerSlugs => Set<FormerSlug>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(article =>
        {
            article.HasIndex(a => a.Slug).IsUnique();
            article.HasIndex(a => a.SourceFile).IsUnique();
            article.HasIndex(a => a.Date);
            // The site reads the latest update once a second to know when its cached pages are stale.
            article.HasIndex(a => a.UpdatedAtUtc);
            article.HasOne(a => a.Body).WithOne(b => b.Article).HasForeignKey<ArticleBody>(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.FormerSlugs).WithOne(f => f.Article).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasOne(a => a.Event).WithMany(e => e.Articles).HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<ArticleBody>().HasKey(b => b.ArticleId);

        modelBuilder.Entity<FormerSlug>().HasIndex(f => f.Slug).IsUnique();

        modelBuilder.Entity<Person>(person =>
        {
            person.HasIndex(p => p.Slug).IsUnique();
            person.HasIndex(p => p.Key).IsUnique();
            person.HasIndex(p => new { p.StrongestPart, p.StatementCount, p.ArticleCount, p.Name }).IsDescending(false, true, true, false);
            person.HasMany(p => p.Appearances).WithOne(a => a.Person).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Appearance>(appearance =>
        {
            appearance.HasIndex(a => new { a.ArticleId, a.PersonId }).IsUnique();
            appearance.HasOne(a => a.Article).WithMany(a => a.Appearances).HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Statement>(statement =>
        {
            // A paragraph has a speaker, and now and then another ("X and Y said"): the article, the
            // paragraph and the speaker are the key, so a statement needs no id of its own, nor an
            // index beside its table to be found by its article and paragraph.
            statement.HasKey(s => new { s.ArticleId, s.ParagraphNumber, s.PersonId });
            statement.HasIndex(s => new { s.PersonId, s.Date });
            statement.HasOne(s => s.Article).WithMany(a => a.Statements).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
            statement.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Event>(evt =>
        {
            evt.HasIndex(e => e.Slug).IsUnique();
            evt.HasIndex(e => new { e.Kind, e.PlaceKey, e.Date }).IsUnique();
        });

        modelBuilder.Entity<Moment>(moment =>
        {
            moment.HasIndex(m => m.ArticleId);
            moment.HasOne(m => m.Article).WithMany(a => a.Moments).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MentionedDate>(date =>
        {
            date.HasIndex(d => d.Date);
            date.HasIndex(d => d.ArticleId);
            date.HasOne(d => d.Article).WithMany(a => a.MentionedDates).HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
