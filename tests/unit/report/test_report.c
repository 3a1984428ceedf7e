/* test_report.c - the HTML report: escaping, well-formed SVG from every
 * chart writer and from Graphviz, a report of tests/data/scenario.yaml with
 * all its sections, an actor named <script> shown and never run, and the
 * cascade section rendered from a hand-made result (Wilson intervals). */
#define _POSIX_C_SOURCE 200809L
#include "test_util.h"

#include "report/internal.h"

#include <entente/events.h>
#include <entente/io.h>
#include <entente/store.h>
#include <ctype.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

typedef struct mem {
    char *buf;
    size_t len;
    FILE *fp;
} mem;

static void mem_open(mem *m)
{
    m->buf = NULL;
    m->len = 0;
    m->fp = open_memstream(&m->buf, &m->len);
    assert_non_null(m->fp);
}

static char *mem_close(mem *m)
{
    assert_int_equal(fclose(m->fp), 0);
    return m->buf;
}

/* A small XML well-formedness check of one SVG document: every element
 * closed in order, attributes quoted, no bare '<' or '&' in text. Returns
 * NULL if fine, else a static message. */
static const char *xml_check(const char *s, size_t n)
{
    static char msg[256];
    char stack[128][64];
    int depth = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] == '&') {
            size_t j = i + 1;
            while (j < n && j - i < 12 && s[j] != ';' &&
                   (isalnum((unsigned char)s[j]) || s[j] == '#'))
                j++;
            if (j >= n || s[j] != ';' || j == i + 1)
                return "bare '&'";
            i = j + 1;
            continue;
        }
        if (s[i] != '<') {
            i++;
            continue;
        }
        if (strncmp(s + i, "<!--", 4) == 0) {
            const char *e = strstr(s + i, "-->");
            if (!e)
                return "unclosed comment";
            i = (size_t)(e - s) + 3;
            continue;
        }
        if (s[i + 1] == '/') {
            size_t j = i + 2, k = 0;
            char name[64];
            while (j < n && s[j] != '>' && k < 63)
                name[k++] = s[j++];
            name[k] = 0;
            if (depth == 0 || strcmp(stack[depth - 1], name) != 0) {
                snprintf(msg, sizeof msg, "</%s> does not close <%s>", name,
                         depth ? stack[depth - 1] : "(nothing)");
                return msg;
            }
            depth--;
            i = j + 1;
            continue;
        }
        size_t j = i + 1, k = 0;
        char name[64];
        while (j < n && (isalnum((unsigned char)s[j]) || s[j] == ':' ||
                         s[j] == '-' || s[j] == '_') && k < 63)
            name[k++] = s[j++];
        name[k] = 0;
        if (k == 0)
            return "bare '<'";
        /* attributes */
        for (;;) {
            while (j < n && isspace((unsigned char)s[j]))
                j++;
            if (j >= n)
                return "unterminated tag";
            if (s[j] == '>' || (s[j] == '/' && s[j + 1] == '>'))
                break;
            while (j < n && s[j] != '=' && !isspace((unsigned char)s[j]))
                j++;
            if (s[j] != '=' || (s[j + 1] != '"' && s[j + 1] != '\''))
                return "unquoted attribute";
            char q = s[j + 1];
            const char *e = memchr(s + j + 2, q, n - j - 2);
            if (!e)
                return "unterminated attribute";
            if (memchr(s + j + 2, '<', (size_t)(e - (s + j + 2))))
                return "'<' in an attribute";
            j = (size_t)(e - s) + 1;
        }
        if (s[j] == '/') {
            i = j + 2;
            continue;
        }
        if (depth == 128)
            return "too deep";
        snprintf(stack[depth++], 64, "%s", name);
        i = j + 1;
    }
    return depth ? "unclosed element" : NULL;
}

/* Check every <svg>...</svg> in a page; returns how many. */
static int check_svgs(const char *page)
{
    int count = 0;
    const char *p = page;
    while ((p = strstr(p, "<svg"))) {
        const char *e = strstr(p, "</svg>");
        assert_non_null(e);
        e += 6;
        const char *err = xml_check(p, (size_t)(e - p));
        if (err)
            fail_msg("SVG #%d not well-formed: %s", count + 1, err);
        count++;
        p = e;
    }
    return count;
}

static void test_report__escape(void **state)
{
    (void)state;
    mem m;
    mem_open(&m);
    ent_report_escape(m.fp, "<script>alert('x') & \"y\"</script>\x01\x7f\tz");
    ent_report_escape(m.fp, NULL);
    char *s = mem_close(&m);
    assert_string_equal(s, "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y"
                           "&quot;&lt;/script&gt;\tz");
    free(s);
}

static void test_report__svg_charts_well_formed(void **state)
{
    (void)state;
    mem m;
    mem_open(&m);
    const char *labels[] = {"<A&B>", "C\"D"};
    double v[] = {0.5, 0.25, 1.5, -1};
    double lo[] = {0.4, 0.2, 0.9, 0};
    double hi[] = {0.6, 0.3, 1.0, 0.1};
    const char *series[] = {"s<1>", "s&2"};
    const char *colors[] = {"#f00", "#00f"};
    ent_report__svg_hbars(m.fp, "t", "T<>", labels, 2, 2, v, lo, hi, series,
                          colors, 1.0, 1);
    double y[] = {0, 10, 20, 100, 90, NAN};
    const char *names[] = {"<x>", "y&"};
    ent_report__hline hl[] = {{50, "f<", "#000", "2,2"}};
    ent_scale_point pts[] = {{0, "none<"}, {100, "all&"}};
    ent_report__svg_lines(m.fp, "l", "L", names, 2, y, 3, 0, 100, hl, 1, pts,
                          2, "round");
    ent_report__svg_lines(m.fp, "l", "L1", names, 2, y, 1, 0, 0, NULL, 0,
                          NULL, 0, "r");
    const char *months[] = {"2025-01", "<2025-02>"};
    double c[] = {3, 0}, g[] = {-2.5, NAN};
    ent_report__svg_timeline(m.fp, months, c, g, 2);
    char *s = mem_close(&m);
    assert_int_equal(check_svgs(s), 4);
    assert_null(strstr(s, "<A&B>"));
    assert_non_null(strstr(s, "&lt;A&amp;B&gt;"));
    free(s);
}

static const char evil_yaml[] =
    "actors:\n"
    "  - {code: AAA, kind: state, name: \"<script>console.error('x')"
    "</script>\", source: t}\n"
    "  - {code: BBB, kind: state, name: \"B & \\\"b\\\" <b>\", source: t}\n"
    "  - {code: GRP, kind: group, name: \"<img src=x onerror=alert(1)>\", "
    "source: t}\n"
    "memberships:\n"
    "  - {member: AAA, of: GRP, source: t}\n"
    "commitments:\n"
    "  - id: c1\n"
    "    name: \"</svg><script>alert(2)</script>\"\n"
    "    kind: security_guarantee\n"
    "    parties: [GRP]\n"
    "    beneficiaries: [BBB]\n"
    "    status: proposed\n"
    "    conditions:\n"
    "      - {id: k, text: \"a \\\\ backslash and \\\"quotes\\\" --> <b>\"}\n"
    "    opponents: [AAA]\n"
    "    source: \"<a href='http://evil'>x</a>\"\n";

static void test_report__script_is_shown_not_run(void **state)
{
    (void)state;
    ent_world *w = NULL;
    ent_list errors = {0};
    int rc = ent_io_load_buffer(&w, "evil.yaml", evil_yaml, strlen(evil_yaml),
                                &errors);
    for (size_t i = 0; i < errors.n; i++)
        fprintf(stderr, "%s\n", (const char *)errors.items[i]);
    assert_int_equal(rc, 0);
    ent_world_errors_free(&errors);
    mem m;
    mem_open(&m);
    ent_report_input in = {0};
    in.world = w;
    in.asof = ent_date_from_ymd(2025, 1, 1);
    in.command_line = "entente report <x>";
    assert_int_equal(ent_report_write(m.fp, &in), 0);
    char *s = mem_close(&m);
    assert_null(strstr(s, "<script"));
    assert_null(strstr(s, "<img"));
    assert_null(strstr(s, "<b>"));
    assert_null(strstr(s, "href=\"http"));
    assert_null(strstr(s, "href='http"));
    assert_non_null(strstr(s, "&lt;script&gt;console.error"));
    assert_non_null(strstr(s, "&lt;/svg&gt;&lt;script&gt;alert(2)"));
    assert_true(check_svgs(s) >= 2); /* the network and its legend */
    free(s);
    ent_world_free(w);
}

static void test_report__scenario_report(void **state)
{
    (void)state;
    ent_world *w = NULL;
    ent_list errors = {0};
    const char *path = ENT_SOURCE_DIR "/tests/data/scenario.yaml";
    assert_int_equal(ent_io_load(&w, &path, 1, &errors), 0);
    /* a store with a few events */
    char db[] = "/tmp/ent_report_testXXXXXX";
    int fd = mkstemp(db);
    assert_true(fd >= 0);
    close(fd);
    unlink(db);
    ent_store *st = NULL;
    assert_int_equal(ent_store_open(&st, db), 0);
    char why[256];
    assert_false(ent_report_has_events(st, why, sizeof why));
    assert_non_null(strstr(why, "no events"));
    /* the store's event tables (schema 2, entente/events.h), with the
     * source sentences in `text` */
    assert_int_equal(
        sqlite3_exec(ent_store_db(st),
                     "INSERT INTO event_documents(doc, hash, n_events) VALUES"
                     "('d', 'h', 4);"
                     "INSERT INTO events(doc, sentence, date, source, "
                     "source_root, target_root, cameo, root, negated, modality,"
                     " goldstein, text) VALUES"
                     "('d',0,'2025-08-01','RUS','RUS','UKR','190','19',0,"
                     "'asserted',-10,'Russia shelled <b>.'),"
                     "('d',1,'2025-08-20','USA','USA','UKR','057','05',0,"
                     "'asserted',8,'The US signed.'),"
                     "('d',2,'2025-09-02','RUS','RUS','EST','138','13',0,"
                     "'asserted',-7,'Russia threatened Estonia.')",
                     NULL, NULL, NULL),
        SQLITE_OK);
    assert_true(ent_report_has_events(st, why, sizeof why));
    /* a long sentence of two-byte characters: cut on a character boundary */
    char longs[2000] = "";
    for (int k = 0; k < 700; k++)
        strcat(longs, "\xc3\xa9");
    sqlite3_stmt *ins = NULL;
    assert_int_equal(sqlite3_prepare_v2(ent_store_db(st),
                                        "INSERT INTO events(doc, sentence, "
                                        "date, source, source_root, "
                                        "target_root, cameo, root, negated, "
                                        "modality, goldstein, text) VALUES("
                                        "'d',3,'2025-09-03','USA','USA','RUS',"
                                        "'010','01',0,'asserted',0,?1)",
                                        -1, &ins, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(ins, 1, longs, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(ins), SQLITE_DONE);
    sqlite3_finalize(ins);
    mem m;
    mem_open(&m);
    ent_report_input in = {0};
    in.world = w;
    in.asof = ENT_DATE_MIN;
    in.cascade_missing = "not run in this test";
    in.store = st;
    in.store_path = db;
    in.scenario_path = path;
    in.command_line = "entente report tests/data/scenario.yaml";
    assert_int_equal(ent_report_write(m.fp, &in), 0);
    char *s = mem_close(&m);
    /* sections */
    assert_non_null(strstr(s, "<section id=\"network\">"));
    assert_non_null(strstr(s, "<section id=\"cascade\">"));
    assert_non_null(strstr(s, "<section id=\"negotiation\">"));
    assert_non_null(strstr(s, "<section id=\"events\">"));
    assert_non_null(strstr(s, "<section id=\"provenance\">"));
    assert_non_null(strstr(s, "Commitments network on 2025-09-15"));
    /* the network: the guarantee rejected on 2025-09-01, conditions shown */
    assert_non_null(strstr(s, "class=\"graph\""));
    assert_non_null(strstr(s, "<td>rejected</td>"));
    assert_non_null(strstr(s, "troops on the ground"));
    assert_non_null(strstr(s, "North Atlantic Treaty Organization"));
    /* the cascade is not available, with the reason */
    assert_non_null(strstr(s, "not run in this test"));
    /* the negotiation: lines and the approval rule */
    assert_non_null(strstr(s, "class=\"chart positions\""));
    assert_non_null(strstr(s, "Decision rule:</strong> approval"));
    /* events */
    assert_non_null(strstr(s, "class=\"chart timeline\""));
    assert_non_null(strstr(s, "Russia threatened Estonia."));
    assert_non_null(strstr(s, "Russia shelled &lt;b&gt;."));
    assert_non_null(strstr(s, "4 events from 2025-08 to 2025-09"));
    const char *cut = strstr(s, "&#8230;");
    assert_non_null(cut);
    assert_true(cut - s >= 600);
    assert_int_equal((unsigned char)cut[-2], 0xc3); /* a whole character */
    assert_int_equal((unsigned char)cut[-1], 0xa9);
    assert_null(strstr(s, longs));
    assert_null(strstr(s, "<script"));
    assert_true(check_svgs(s) >= 5);
    free(s);
    ent_store_close(st);
    unlink(db);
    char side[300];
    snprintf(side, sizeof side, "%s-wal", db);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", db);
    unlink(side);
    ent_world_free(w);
}

/* The coder's own events table (entente ingest): no text column; the
 * sentence is cut out of the document file by the events' offsets. */
static void test_report__events_from_ingest(void **state)
{
    (void)state;
    ent_world *w = NULL;
    ent_list errors = {0};
    const char *path = ENT_SOURCE_DIR "/tests/data/scenario.yaml";
    assert_int_equal(ent_io_load(&w, &path, 1, &errors), 0);
    char dir[] = "/tmp/ent_report_ingestXXXXXX";
    assert_non_null(mkdtemp(dir));
    char doc[300], db[300];
    snprintf(doc, sizeof doc, "%s/article.txt", dir);
    snprintf(db, sizeof db, "%s/e.db", dir);
    const char *text = "Talks went on. Russia threatened Estonia <again>. "
                       "Nothing else happened.";
    FILE *f = fopen(doc, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    ent_store *st = NULL;
    assert_int_equal(ent_store_open(&st, db), 0);
    ent_event ev;
    memset(&ev, 0, sizeof ev);
    ev.doc = doc;
    ev.sentence = 1;
    ev.date = ent_date_from_ymd(2025, 9, 2);
    strcpy(ev.source, "RUS");
    strcpy(ev.source_root, "RUS");
    strcpy(ev.target, "EST");
    strcpy(ev.target_root, "EST");
    strcpy(ev.cameo, "138");
    const char *verb = strstr(text, "threatened");
    ev.start = (size_t)(verb - text);
    ev.end = ev.start + 10;
    ev.source_start = (size_t)(strstr(text, "Russia") - text);
    ev.source_end = ev.source_start + 6;
    ev.target_start = (size_t)(strstr(text, "Estonia") - text);
    ev.target_end = ev.target_start + 7;
    int added = 0;
    assert_int_equal(ent_events_store_document(st, doc, ev.date,
                                               ent_event_doc_hash(text,
                                                                  strlen(text)),
                                               &ev, 1, &added),
                     0);
    assert_int_equal(added, 1);
    char why[256];
    assert_true(ent_report_has_events(st, why, sizeof why));
    mem m;
    mem_open(&m);
    ent_report_input in = {0};
    in.world = w;
    in.asof = ENT_DATE_MIN;
    in.store = st;
    in.read_documents = true;
    assert_int_equal(ent_report_write(m.fp, &in), 0);
    char *s = mem_close(&m);
    assert_non_null(strstr(s, "1 events from 2025-09 to 2025-09"));
    assert_non_null(strstr(s, "<td class=\"sent\">Russia threatened Estonia "
                              "&lt;again&gt;. <span"));
    assert_non_null(strstr(s, "sentence 2)"));
    assert_null(strstr(s, "Talks went on"));
    free(s);
    /* without read_documents: the document and sentence only */
    mem_open(&m);
    in.read_documents = false;
    assert_int_equal(ent_report_write(m.fp, &in), 0);
    s = mem_close(&m);
    assert_null(strstr(s, "Russia threatened Estonia"));
    assert_non_null(strstr(s, "article.txt, sentence 2)"));
    free(s);
    ent_store_close(st);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    ent_world_free(w);
}

static void test_report__cascade_section(void **state)
{
    (void)state;
    ent_world *w = NULL;
    ent_list errors = {0};
    const char *path = ENT_SOURCE_DIR "/tests/data/scenario.yaml";
    assert_int_equal(ent_io_load(&w, &path, 1, &errors), 0);
    ent_cascade_world *cw = NULL;
    assert_int_equal(ent_cascade_world_new(&cw, 3), 0);
    strcpy(cw->code[0], "RUS");
    strcpy(cw->code[1], "EST");
    strcpy(cw->code[2], "<X>");
    uint64_t na[3] = {100, 0, 10}, nt[3] = {0, 100, 50};
    uint16_t as[1] = {0}, ts[2] = {1, 2};
    ent_cascade_coalition co = {60, true, 1, 2, as, ts};
    ent_cascade_result r = {0};
    r.n = 3;
    r.trials = 200;
    r.wars = 100;
    r.n_attacker_side = na;
    r.n_target_side = nt;
    r.level[0] = 100;
    r.level[ENT_ESC_PAIR_WAR] = 60;
    r.level[ENT_ESC_REGIONAL_WAR] = 30;
    r.level[ENT_ESC_LIMITED_NUCLEAR] = 10;
    r.coalitions = &co;
    r.n_coalitions = 1;
    r.rho = 0.5;
    ent_cascade_result r2 = r;
    r2.wars = 50;
    ent_report_cascade_run runs[2] = {{"baseline", cw, &r},
                                      {"guarantee-in-force", cw, &r2}};
    mem m;
    mem_open(&m);
    ent_report_input in = {0};
    in.world = w;
    in.asof = ENT_DATE_MIN;
    in.trigger = "RUS:EST";
    in.runs = runs;
    in.n_runs = 2;
    in.attacker = 0;
    in.target = 1;
    in.seed = 7;
    in.trials = 200;
    assert_int_equal(ent_report__cascade(m.fp, &in), 0);
    char *s = mem_close(&m);
    /* P(war) = 100/200 = 50%, Wilson 95% interval 43.1-56.9% */
    assert_non_null(strstr(s, "<strong>50.0%</strong> (95% interval "
                              "43.1&#8211;56.9%)"));
    /* <X> joins the target's side in 50 of 100 wars: 40.4-59.6% */
    assert_non_null(strstr(s, "&lt;X&gt;"));
    assert_non_null(strstr(s, "50.0%</td><td class=\"n muted\">40.4&#8211;"
                              "59.6%"));
    assert_non_null(strstr(s, "class=\"chart sides\""));
    assert_non_null(strstr(s, "class=\"chart ladder\""));
    assert_non_null(strstr(s, "class=\"coalitions\""));
    assert_non_null(strstr(s, "class=\"chart compare\""));
    assert_non_null(strstr(s, "guarantee-in-force"));
    assert_int_equal(check_svgs(s), 3);
    free(s);
    ent_cascade_world_free(cw);
    ent_world_free(w);
}

static const char net_yaml[] =
    "actors:\n"
    "  - {code: AAA, kind: state, name: Aland, source: t}\n"
    "  - {code: BBB, kind: state, name: Bland, source: t}\n"
    "  - {code: CCC, kind: state, name: Cland, source: t}\n"
    "  - {code: DDD, kind: state, name: Dland, source: t}\n"
    "  - {code: ALL, kind: organisation, name: The Alliance, source: t}\n"
    "memberships:\n"
    "  - {member: AAA, of: ALL, source: t}\n"
    "  - {member: BBB, of: ALL, source: t}\n"
    "capabilities:\n"
    "  - {actor: AAA, year: 2024, milex_usd_m: 900000, warheads: 5000, "
    "source: t}\n"
    "  - {actor: CCC, year: 2024, milex_usd_m: 1000, warheads: 0, source: t}\n"
    "commitments:\n"
    "  - {id: art5, name: Mutual clause, kind: collective_defence, "
    "parties: [ALL], mutual: true, status: in_force, source: t}\n"
    "  - id: g1\n"
    "    kind: security_guarantee\n"
    "    parties: [AAA]\n"
    "    beneficiaries: [CCC]\n"
    "    status: proposed\n"
    "    conditions: [{id: k, text: troops on the ground}]\n"
    "    opponents: [DDD]\n"
    "    source: t\n"
    "  - {id: g2, kind: security_guarantee, parties: [BBB], beneficiaries: "
    "[CCC], status: rejected, source: t}\n"
    "  - {id: s1, kind: sanctions, parties: [BBB], against: [DDD], "
    "status: in_force, source: t}\n";

/* The network: clusters, nuclear marks, styles by status, conditions and
 * opponents, names (not node ids) in the tooltips. */
static void test_report__network_svg(void **state)
{
    (void)state;
    ent_world *w = NULL;
    ent_list errors = {0};
    assert_int_equal(
        ent_io_load_buffer(&w, "net.yaml", net_yaml, strlen(net_yaml), &errors),
        0);
    char *svg = NULL;
    size_t len = 0;
    assert_int_equal(ent_report_network_svg(w, ent_date_from_ymd(2025, 1, 1),
                                            &svg, &len),
                     0);
    assert_int_equal(strlen(svg), len);
    assert_null(xml_check(svg, len));
    assert_true(strncmp(svg, "<svg", 4) == 0);
    /* the alliance is a cluster, labelled with its mutual clause */
    assert_non_null(strstr(svg, "class=\"cluster\""));
    assert_non_null(strstr(svg, "The Alliance (2)"));
    assert_non_null(strstr(svg, "Mutual clause"));
    /* AAA is nuclear-armed: the mark, the double ring */
    assert_non_null(strstr(svg, "\xe2\x98\xa2"));
    assert_non_null(strstr(svg, "nuclear&#45;armed (5000 warheads)"));
    /* a proposed edge is dashed, a rejected one dotted */
    assert_non_null(strstr(svg, "stroke-dasharray=\"5,2\""));
    assert_non_null(strstr(svg, "stroke-dasharray=\"1,5\""));
    /* the condition on the edge, the opponent's red bar */
    assert_non_null(strstr(svg, "if troops on the ground [?]"));
    assert_non_null(strstr(svg, "opposed by DDD"));
    assert_non_null(strstr(svg, "DDD opposes g1"));
    assert_non_null(strstr(svg, "stroke=\"#c0392b\""));
    /* tooltips carry names, never the generated ids */
    assert_non_null(strstr(svg, "<title>Aland</title>"));
    assert_non_null(strstr(svg, "<title>AAA &#8594; CCC</title>"));
    assert_null(strstr(svg, "<title>n0</title>"));
    free(svg);
    ent_world_free(w);
}

/* A network of more than 120 actors is laid out by sfdp: still one
 * well-formed SVG with every node. */
static void test_report__large_network(void **state)
{
    (void)state;
    size_t cap = 64 * 1024, n = 0;
    char *y = malloc(cap);
    assert_non_null(y);
    n += (size_t)snprintf(y + n, cap - n, "actors:\n");
    for (int i = 0; i < 150; i++)
        n += (size_t)snprintf(y + n, cap - n,
                              "  - {code: S%03d, kind: state, name: S%d, "
                              "source: t}\n",
                              i, i);
    n += (size_t)snprintf(y + n, cap - n, "commitments:\n");
    for (int i = 0; i < 150; i++)
        n += (size_t)snprintf(y + n, cap - n,
                              "  - {id: c%d, kind: arms_supply, parties: "
                              "[S%03d], beneficiaries: [S%03d], status: "
                              "in_force, source: t}\n",
                              i, i, (i * 7 + 1) % 150);
    ent_world *w = NULL;
    ent_list errors = {0};
    assert_int_equal(ent_io_load_buffer(&w, "big.yaml", y, n, &errors), 0);
    char *svg = NULL;
    size_t len = 0;
    assert_int_equal(ent_report_network_svg(w, ent_date_from_ymd(2025, 1, 1),
                                            &svg, &len),
                     0);
    assert_null(xml_check(svg, len));
    size_t nodes = 0;
    for (const char *p = svg; (p = strstr(p, "class=\"node\"")); p++)
        nodes++;
    assert_int_equal(nodes, 150);
    free(svg);
    free(y);
    ent_world_free(w);
}

static void test_report__no_world(void **state)
{
    (void)state;
    ent_report_input in = {0};
    assert_int_equal(ent_report_write(stdout, &in), ENT_EINVALID);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report__escape),
        cmocka_unit_test(test_report__svg_charts_well_formed),
        cmocka_unit_test(test_report__script_is_shown_not_run),
        cmocka_unit_test(test_report__scenario_report),
        cmocka_unit_test(test_report__events_from_ingest),
        cmocka_unit_test(test_report__cascade_section),
        cmocka_unit_test(test_report__network_svg),
        cmocka_unit_test(test_report__large_network),
        cmocka_unit_test(test_report__no_world),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
