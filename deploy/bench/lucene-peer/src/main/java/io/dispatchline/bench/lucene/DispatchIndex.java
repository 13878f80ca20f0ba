package io.dispatchline.bench.lucene;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The peer's index: every dispatch of the benchmark corpus, headline and body analysed with
 * Lucene's English analyzer (stopwords, Porter stemming: what PostgreSQL's {@code english}
 * configuration does), sorted on disk newest first (date, then id, both descending, as
 * query-service's {@code sort=date}), so that a newest-first search stops early. Built from
 * PostgreSQL on the first start and kept; BM25 (Lucene's default similarity) for relevance, with
 * the headline boosted as query-service weighs it (A over B).
 */
@Startup
@ApplicationScoped
public class DispatchIndex {

  private static final Logger LOG = Logger.getLogger(DispatchIndex.class);

  /** Newest first: the index sort and the newest-first search sort. */
  static final Sort NEWEST_FIRST =
      new Sort(
          new SortField("day", SortField.Type.LONG, true),
          new SortField("sid", SortField.Type.STRING, true));

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new EnglishAnalyzer();

  public DispatchIndex(
      @ConfigProperty(name = "peer.index.dir") String dir,
      @ConfigProperty(name = "peer.jdbc.url") String url,
      @ConfigProperty(name = "peer.jdbc.user") String user,
      @ConfigProperty(name = "peer.jdbc.password") String password)
      throws IOException, SQLException {
    Path path = Path.of(dir);
    Path done = path.resolve("built");
    directory = FSDirectory.open(path);
    if (!Files.exists(done)) {
      long t0 = System.nanoTime();
      long n = build(url, user, password);
      Files.writeString(
          done, String.format("%d documents, %.0f s%n", n, (System.nanoTime() - t0) / 1e9));
    }
    LOG.infof("index: %s", Files.readString(done).strip());
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  private long build(String url, String user, String password) throws IOException, SQLException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setIndexSort(NEWEST_FIRST)
            .setRAMBufferSizeMB(128)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    long n = 0;
    try (IndexWriter writer = new IndexWriter(directory, config);
        Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.setFetchSize(2000);
        try (ResultSet rs =
            st.executeQuery(
                "SELECT id, headline, located, agency, dispatch_date, body FROM dispatches")) {
          while (rs.next()) {
            writer.addDocument(document(rs));
            if (++n % 100_000 == 0) {
              LOG.infof("index: %d documents", n);
            }
          }
        }
      }
      writer.forceMerge(1);
      writer.commit();
    }
    return n;
  }

  private static Document document(ResultSet rs) throws SQLException {
    Document d = new Document();
    String id = rs.getString("id");
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new SortedDocValuesField("sid", new BytesRef(id)));
    String headline = rs.getString("headline");
    if (headline != null) {
      d.add(new TextField("headline", headline, Field.Store.YES));
    }
    LocalDate date = rs.getObject("dispatch_date", LocalDate.class);
    // undated last, as in query-service
    d.add(new NumericDocValuesField("day", date == null ? Long.MIN_VALUE : date.toEpochDay()));
    if (date != null) {
      d.add(new StoredField("date", date.toString()));
    }
    for (String f : new String[] {"located", "agency"}) {
      String v = rs.getString(f);
      if (v != null) {
        d.add(new StoredField(f, v));
      }
    }
    d.add(new TextField("body", rs.getString("body"), Field.Store.YES));
    return d;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /**
   * The query in Lucene's classic syntax over headline and body, AND by default: the benchmark's
   * queries ({@code "trade talks"}, {@code flood OR drought}, {@code election -protest}) mean the
   * same as in {@code websearch_to_tsquery}.
   */
  Query parse(String q) throws ParseException {
    QueryParser parser =
        new MultiFieldQueryParser(
            new String[] {"headline", "body"}, analyzer, Map.of("headline", 2.5f, "body", 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser.parse(q);
  }

  @PreDestroy
  void close() throws IOException {
    reader.close();
    directory.close();
  }
}
