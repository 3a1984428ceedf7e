/*
 * tokenize.c - tokenizer, case folding, stemming and sentence splitting for
 * English news text. UTF-8 aware (utf8proc); invalid bytes are skipped and
 * counted. Keeps abbreviations ("U.S.", "Mr.", "Gen.") whole, splits the
 * possessive "'s" and "n't", and treats hyphens as separate tokens.
 */
#include "text_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* Abbreviations that take a period without ending a sentence, with their
 * lengths (compared before the bytes: this runs at most sentence ends). */
#define AB(w) {w, sizeof w - 1}
static const struct {
    const char *w;
    size_t n;
} abbrevs[] = {
    AB("mr"), AB("mrs"), AB("ms"), AB("dr"), AB("gen"), AB("lt"), AB("col"), AB("maj"),
    AB("capt"), AB("sgt"), AB("adm"), AB("cmdr"), AB("gov"), AB("sen"), AB("rep"),
    AB("rev"), AB("prof"), AB("st"), AB("jr"), AB("sr"), AB("mt"), AB("ft"), AB("inc"),
    AB("ltd"), AB("co"), AB("corp"), AB("vs"), AB("no"), AB("jan"), AB("feb"), AB("mar"),
    AB("apr"), AB("jun"), AB("jul"), AB("aug"), AB("sep"), AB("sept"), AB("oct"),
    AB("nov"), AB("dec"), AB("est"), AB("approx"), AB("dept"), AB("univ"), AB("gov't"),
    AB("pres"), AB("sec"), AB("amb"), AB("brig"), AB("cpl"), AB("pvt")};
#undef AB

static bool is_abbrev(const char *s, size_t n)
{
    char low[8];
    if (n == 0 || n >= sizeof low)
        return false;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
        if (abbrevs[i].n == n && abbrevs[i].w[0] == low[0] &&
            memcmp(abbrevs[i].w, low, n) == 0)
            return true;
    return false;
}

/* Decode one code point at s[i]; returns its byte length, or -1 if the
 * bytes are not valid UTF-8 (then *cp is unset). */
static int decode(const char *s, size_t len, size_t i, int32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_ssize_t avail = (utf8proc_ssize_t)(len - i);
    if (avail > 4)
        avail = 4;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, avail, cp);
    return k > 0 ? (int)k : -1;
}

/* Byte classes, one bit each: a letter (bit 0, so that adding it counts
 * letters), a digit, a space, a lower-case letter; 0 for every byte from
 * 0x80 on (a table lookup a byte on the tokenizer's hot path) */
enum { A_LETTER = 1, A_DIGIT = 2, A_SPACE = 4, A_LOWER = 8, A_WORD = A_LETTER | A_DIGIT };
#define A_U A_LETTER
#define A_L (A_LETTER | A_LOWER)
static const unsigned char ascii_cls[256] = {
    ['0'] = A_DIGIT, ['1'] = A_DIGIT, ['2'] = A_DIGIT, ['3'] = A_DIGIT, ['4'] = A_DIGIT,
    ['5'] = A_DIGIT, ['6'] = A_DIGIT, ['7'] = A_DIGIT, ['8'] = A_DIGIT, ['9'] = A_DIGIT,
    ['A'] = A_U, ['B'] = A_U, ['C'] = A_U, ['D'] = A_U, ['E'] = A_U, ['F'] = A_U,
    ['G'] = A_U, ['H'] = A_U, ['I'] = A_U, ['J'] = A_U, ['K'] = A_U, ['L'] = A_U,
    ['M'] = A_U, ['N'] = A_U, ['O'] = A_U, ['P'] = A_U, ['Q'] = A_U, ['R'] = A_U,
    ['S'] = A_U, ['T'] = A_U, ['U'] = A_U, ['V'] = A_U, ['W'] = A_U, ['X'] = A_U,
    ['Y'] = A_U, ['Z'] = A_U,
    ['a'] = A_L, ['b'] = A_L, ['c'] = A_L, ['d'] = A_L, ['e'] = A_L, ['f'] = A_L,
    ['g'] = A_L, ['h'] = A_L, ['i'] = A_L, ['j'] = A_L, ['k'] = A_L, ['l'] = A_L,
    ['m'] = A_L, ['n'] = A_L, ['o'] = A_L, ['p'] = A_L, ['q'] = A_L, ['r'] = A_L,
    ['s'] = A_L, ['t'] = A_L, ['u'] = A_L, ['v'] = A_L, ['w'] = A_L, ['x'] = A_L,
    ['y'] = A_L, ['z'] = A_L,
    [' '] = A_SPACE, ['\t'] = A_SPACE, ['\n'] = A_SPACE, ['\r'] = A_SPACE,
    ['\f'] = A_SPACE, ['\v'] = A_SPACE};
#undef A_U
#undef A_L

static bool cp_wordchar(int32_t cp)
{
    if (cp < 0x80)
        return (ascii_cls[cp] & A_WORD) != 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}

static bool cp_space(int32_t cp)
{
    if (cp < 0x80)
        return (ascii_cls[cp] & A_SPACE) != 0;
    return cp == 0xA0 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS ||
           cp == 0x2028 || cp == 0x2029;
}

/* Extend a run of ASCII letters and digits from s[j]: one table lookup a
 * byte. Returns the run's end; *acc gets the OR of its byte classes and
 * *nl the number of letters. */
static inline size_t ascii_run(const char *s, size_t len, size_t j, unsigned *acc, size_t *nl)
{
    while (j < len) {
        unsigned cl = ascii_cls[(unsigned char)s[j]];
        if (!(cl & A_WORD))
            break;
        *acc |= cl;
        *nl += cl & A_LETTER;
        j++;
    }
    return j;
}

static bool cp_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }

static inline int push(tokvec *out, size_t s, size_t e, uint32_t flags)
{
    if (out->n >= out->cap &&
        text_grow((void **)&out->v, &out->cap, out->n, sizeof *out->v))
        return ENT_ENOMEM;
    ent_token *t = &out->v[out->n++];
    t->start = s;
    t->end = e;
    t->flags = flags;
    t->word = t->stem = 0;
    return 0;
}

static bool cp_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static bool cp_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

int text_tokenize(const char *s, size_t len, tokvec *out, size_t *invalid)
{
    size_t i = 0, bad = 0;
    uint32_t pending = 0;
    int newlines = 0;
    bool maybe_nt = false; /* a one-letter word "n": "n't" may need merging */
    out->n = 0;
    while (i < len) {
        /* fast paths for ASCII: spaces, a word of letters and digits that
         * ends at a byte that cannot continue it (or at a comma or period
         * after a letter), punctuation other than the apostrophe;
         * everything else takes the general path below */
        unsigned char b0 = (unsigned char)s[i];
        unsigned c0 = ascii_cls[b0];
        if (c0 & A_SPACE) {
            if (b0 == '\n' && ++newlines >= 2)
                pending = TOK_PARA;
            i++;
            continue;
        }
        if (c0 & A_WORD) {
            unsigned acc = c0;
            size_t nl = c0 & A_LETTER;
            size_t j = ascii_run(s, len, i + 1, &acc, &nl);
            unsigned char nx = j < len ? (unsigned char)s[j] : ' ';
            /* a comma or period ends a word that starts with a letter,
             * except "U.S."-style single letters (the general path) */
            bool ends = nx != '.' && nx != ',';
            if (!ends && !(c0 & A_DIGIT))
                ends = nx == ',' || j - i >= 2;
            if (ends && nx != '\'' && nx < 0x80) {
                uint32_t fl = ENT_TOK_WORD | pending;
                if (nx == '.' && is_abbrev(s + i, j - i)) { /* "Mr.", "Gen." */
                    j++;
                    fl |= ENT_TOK_ABBR;
                }
                if (c0 & A_DIGIT)
                    fl |= ENT_TOK_NUM;
                else if (!(c0 & A_LOWER))
                    fl |= ENT_TOK_CAP;
                if (!(acc & A_LOWER) && nl >= 2)
                    fl |= ENT_TOK_UPPER;
                if (j - i == 1 && (b0 | 0x20) == 'n')
                    maybe_nt = true;
                if (push(out, i, j, fl))
                    return ENT_ENOMEM;
                pending = 0;
                newlines = 0;
                i = j;
                continue;
            }
        } else if (b0 < 0x80 && b0 != '\'') {
            size_t j = i + 1;
            if (b0 == '.' || b0 == '-')
                while (j < len && s[j] == (char)b0)
                    j++;
            if (push(out, i, j, ENT_TOK_PUNCT | pending))
                return ENT_ENOMEM;
            pending = 0;
            newlines = 0;
            i = j;
            continue;
        }
        int32_t cp;
        int k = decode(s, len, i, &cp);
        if (k < 0) {
            bad++;
            i++;
            continue;
        }
        if (cp_space(cp)) {
            if (cp == '\n' && ++newlines >= 2)
                pending = TOK_PARA;
            i += (size_t)k;
            continue;
        }
        newlines = 0;
        size_t start = i;
        if (cp_wordchar(cp)) {
            bool digit0 = cp >= '0' && cp <= '9';
            bool upper = true, anyletter = false, cap0 = cp_upper(cp);
            size_t j = i, nletters = 0;
            bool dotted = false; /* "U.S." style */
            while (j < len) {
                /* a run of ASCII letters and digits: one lookup a byte */
                unsigned acc = 0;
                size_t j0 = j, nl = 0;
                j = ascii_run(s, len, j, &acc, &nl);
                if (j > j0) {
                    if (acc & A_LOWER)
                        upper = false;
                    if (nl) {
                        anyletter = true;
                        nletters += nl;
                    }
                    if (j >= len)
                        break;
                }
                int32_t c2;
                int k2 = decode(s, len, j, &c2);
                if (k2 < 0)
                    break;
                if (cp_wordchar(c2)) {
                    if (cp_lower(c2))
                        upper = false;
                    if (!(c2 >= '0' && c2 <= '9')) {
                        anyletter = true;
                        nletters++;
                    }
                    j += (size_t)k2;
                    continue;
                }
                /* number punctuation: 1,000.5 */
                if (digit0 && (c2 == ',' || c2 == '.') && j + 1 < len &&
                    isdigit((unsigned char)s[j + 1])) {
                    j++;
                    continue;
                }
                /* apostrophes inside words */
                if (cp_apos(c2)) {
                    size_t a = j + (size_t)k2;
                    int32_t c3 = 0;
                    int k3 = a < len ? decode(s, len, a, &c3) : -1;
                    if (k3 > 0 && (c3 == 't' || c3 == 'T') && j - start >= 2 &&
                        (s[j - 1] == 'n' || s[j - 1] == 'N')) {
                        size_t after = a + (size_t)k3;
                        int32_t c4 = 0;
                        if (after >= len || decode(s, len, after, &c4) < 0 ||
                            !cp_wordchar(c4)) {
                            j--; /* leave "n't" for the next token */
                            break;
                        }
                    }
                    if (k3 > 0 && (c3 == 's' || c3 == 'S')) {
                        size_t after = a + (size_t)k3;
                        int32_t c4 = 0;
                        if (after >= len || decode(s, len, after, &c4) < 0 ||
                            !cp_wordchar(c4))
                            break; /* possessive: split */
                    }
                    if (k3 > 0 && cp_wordchar(c3) && !(c3 < 0x80 && isdigit((int)c3))) {
                        j = a; /* O'Brien */
                        continue;
                    }
                    break;
                }
                /* U.S. / U.K.: single letters separated by periods */
                if (c2 == '.' && j + 1 < len && isalpha((unsigned char)s[j + 1]) &&
                    (j - start == 1 || dotted) &&
                    (j + 2 >= len || !isalpha((unsigned char)s[j + 2]))) {
                    dotted = true;
                    j += 2;
                    continue;
                }
                break;
            }
            uint32_t fl = ENT_TOK_WORD | pending;
            pending = 0;
            if (digit0)
                fl |= ENT_TOK_NUM;
            if (cap0)
                fl |= ENT_TOK_CAP;
            if (anyletter && upper && nletters >= 2)
                fl |= ENT_TOK_UPPER;
            /* "U.S.", "Mr.", and initials: "George W. Bush" */
            bool initial = j - start == 1 && s[start] >= 'A' && s[start] <= 'Z';
            if (j < len && s[j] == '.' &&
                (dotted || initial || is_abbrev(s + start, j - start))) {
                j++;
                fl |= ENT_TOK_ABBR;
            }
            if (j == start) /* cannot happen, but never loop forever */
                j = start + (size_t)k;
            if (j - start == 1 && (s[start] == 'n' || s[start] == 'N'))
                maybe_nt = true;
            if (push(out, start, j, fl))
                return ENT_ENOMEM;
            i = j;
            continue;
        }
        /* a possessive "'s" after a word that ended at the apostrophe */
        if (cp_apos(cp) && i + (size_t)k < len) {
            size_t a = i + (size_t)k;
            char c3 = s[a];
            if ((c3 == 's' || c3 == 'S') &&
                (a + 1 >= len || !isalnum((unsigned char)s[a + 1])) && i > 0 &&
                out->n > 0 && out->v[out->n - 1].end == i) {
                if (push(out, i, a + 1, ENT_TOK_WORD | pending))
                    return ENT_ENOMEM;
                pending = 0;
                i = a + 1;
                continue;
            }
        }
        /* punctuation: runs of '.', '-' stay together */
        size_t j = i + (size_t)k;
        if (cp == '.' || cp == '-')
            while (j < len && s[j] == (char)cp)
                j++;
        if (push(out, i, j, ENT_TOK_PUNCT | pending))
            return ENT_ENOMEM;
        pending = 0;
        i = j;
    }
    /* "n't": a word token "n" directly followed by "'t" was split above:
     * merge the pieces "n" + "'" + "t" into one token. */
    size_t w = 0;
    for (size_t r = 0; maybe_nt && r < out->n; r++) {
        ent_token t = out->v[r];
        if (r + 2 < out->n && t.end - t.start == 1 &&
            (s[t.start] == 'n' || s[t.start] == 'N') && out->v[r + 1].start == t.end &&
            out->v[r + 2].start == out->v[r + 1].end &&
            out->v[r + 2].end - out->v[r + 2].start == 1 &&
            (s[out->v[r + 2].start] == 't' || s[out->v[r + 2].start] == 'T')) {
            int32_t ap = 0;
            if (decode(s, len, out->v[r + 1].start, &ap) > 0 && cp_apos(ap)) {
                t.end = out->v[r + 2].end;
                t.flags = ENT_TOK_WORD | (t.flags & TOK_PARA);
                r += 2;
            }
        }
        out->v[w++] = t;
    }
    if (maybe_nt)
        out->n = w;
    if (invalid)
        *invalid = bad;
    return 0;
}

size_t text_fold(const char *s, size_t n, char *buf, size_t cap)
{
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        if (n + 1 > cap)
            return 0;
        for (size_t i = 0; i < n; i++) {
            char ch = s[i];
            buf[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
        }
        buf[n] = '\0';
        return n;
    }
    utf8proc_uint8_t *res = NULL;
    utf8proc_ssize_t r = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &res,
        UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
            UTF8PROC_STABLE);
    size_t o = 0;
    if (r < 0 || !res) {
        free(res);
        return 0;
    }
    for (utf8proc_ssize_t i = 0; i < r;) {
        int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(res + i, r - i, &cp);
        if (k <= 0)
            break;
        if (cp == 0x2019 || cp == 0x2018) {
            if (o + 2 > cap)
                goto toolong;
            buf[o++] = '\'';
        } else {
            if (o + (size_t)k + 1 > cap)
                goto toolong;
            memcpy(buf + o, res + i, (size_t)k);
            o += (size_t)k;
        }
        i += k;
    }
    free(res);
    buf[o] = '\0';
    return o;
toolong:
    free(res);
    return 0;
}

/* Irregular verb forms news uses, mapped to their base form before
 * stemming so that one dictionary entry covers every tense. */
#define IR(f, b) {f, b, sizeof f - 1, sizeof b - 1}
static const struct {
    const char *form, *base;
    size_t n, bn; /* their lengths, compared first */
} irregular[] = {
    IR("met", "meet"), IR("gave", "give"), IR("given", "give"), IR("sent", "send"),
    IR("told", "tell"), IR("said", "say"), IR("says", "say"), IR("took", "take"),
    IR("taken", "take"), IR("struck", "strike"), IR("fought", "fight"),
    IR("sought", "seek"), IR("held", "hold"), IR("began", "begin"), IR("begun", "begin"),
    IR("froze", "freeze"), IR("frozen", "freeze"), IR("shot", "shoot"),
    IR("beaten", "beat"), IR("won", "win"), IR("lost", "lose"), IR("withdrew", "withdraw"),
    IR("withdrawn", "withdraw"), IR("broke", "break"), IR("broken", "break"),
    IR("spoke", "speak"), IR("spoken", "speak"), IR("stole", "steal"), IR("fled", "flee"),
    IR("led", "lead"), IR("bought", "buy"), IR("brought", "bring"), IR("drove", "drive"),
    IR("driven", "drive"), IR("rose", "rise"), IR("drew", "draw"), IR("drawn", "draw"),
    IR("chose", "choose"), IR("chosen", "choose"), IR("forgave", "forgive"),
    IR("forgiven", "forgive"), IR("overthrew", "overthrow"), IR("overthrown", "overthrow"),
    IR("threw", "throw"), IR("thrown", "throw"), IR("kept", "keep"), IR("left", "leave"),
    IR("made", "make"), IR("paid", "pay"), IR("put", "put"), IR("ran", "run"),
    IR("saw", "see"), IR("seen", "see"), IR("shut", "shut"), IR("stood", "stand"),
    IR("swore", "swear"), IR("sworn", "swear"), IR("undertook", "undertake"),
    IR("undertaken", "undertake"), IR("went", "go"), IR("gone", "go"),
    IR("wrote", "write"), IR("written", "write"), IR("bore", "bear"), IR("borne", "bear"),
    IR("blew", "blow"), IR("blown", "blow"), IR("hung", "hang"), IR("laid", "lay"),
    IR("rang", "ring"), IR("sank", "sink"), IR("sunk", "sink"), IR("slew", "slay"),
    IR("slain", "slay"), IR("spent", "spend"), IR("stuck", "stick"), IR("swept", "sweep"),
    IR("tore", "tear"), IR("torn", "tear"), IR("woke", "wake"), IR("dealt", "deal"),
    IR("meant", "mean"), IR("felt", "feel"), IR("fell", "fall"), IR("fallen", "fall"),
    IR("forbade", "forbid"), IR("forbidden", "forbid"), IR("foresaw", "foresee"),
    IR("hid", "hide"), IR("hidden", "hide"), IR("bombed", "bomb"), IR("was", "be"),
    IR("were", "be"), IR("is", "be"), IR("are", "be"), IR("been", "be"), IR("am", "be"),
    IR("has", "have"), IR("had", "have"), IR("did", "do"), IR("does", "do"),
    IR("done", "do")};
#undef IR

const char *text_stem(struct sb_stemmer *st, const char *w, size_t n,
                      size_t *out_len)
{
    if (n < 10) {
        for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
            if (irregular[i].n == n && irregular[i].form[0] == w[0] &&
                memcmp(irregular[i].form, w, n) == 0) {
                w = irregular[i].base;
                n = irregular[i].bn;
                break;
            }
    }
    if (!st || n == 0 || n > 64 || !isalpha((unsigned char)w[0])) {
        *out_len = n;
        return w;
    }
    const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
    if (!r) {
        *out_len = n;
        return w;
    }
    *out_len = (size_t)sb_stemmer_length(st);
    return (const char *)r;
}

/* True if token t is sentence-final punctuation. */
static bool final_punct(const char *s, const ent_token *t)
{
    if (!(t->flags & ENT_TOK_PUNCT))
        return false;
    char c = s[t->start];
    return (c == '.' && t->end - t->start == 1) || c == '!' || c == '?';
}

static bool closing_quote(const char *s, const ent_token *t)
{
    if (!(t->flags & ENT_TOK_PUNCT))
        return false;
    size_t n = t->end - t->start;
    if (n == 1)
        return s[t->start] == '"' || s[t->start] == '\'' || s[t->start] == ')';
    /* typographic closing quotes */
    return n == 3 && (memcmp(s + t->start, "\xe2\x80\x9d", 3) == 0 ||
                      memcmp(s + t->start, "\xe2\x80\x99", 3) == 0);
}

int text_split(const char *s, const ent_token *t, size_t n, sentvec *out)
{
    out->n = 0;
    size_t begin = 0;
    for (size_t i = 0; i < n; i++) {
        /* most tokens are words that end nothing: one test */
        if (!(t[i].flags & (ENT_TOK_PUNCT | ENT_TOK_ABBR)) && i + 1 < n &&
            !(t[i + 1].flags & TOK_PARA))
            continue;
        bool end = false;
        size_t last = i;
        if (i + 1 < n && (t[i + 1].flags & TOK_PARA))
            end = true;
        if (final_punct(s, &t[i])) {
            while (last + 1 < n && closing_quote(s, &t[last + 1]))
                last++;
            if (last + 1 >= n)
                end = true;
            else {
                const ent_token *nx = &t[last + 1];
                /* next sentence starts with a capital, a digit or a quote */
                if ((nx->flags & (ENT_TOK_CAP | ENT_TOK_NUM)) ||
                    (nx->flags & ENT_TOK_PUNCT))
                    end = true;
            }
        } else if ((t[i].flags & ENT_TOK_ABBR) && i + 1 < n) {
            /* "... in the U.S. The next" : an abbreviation ending a
             * sentence before a capitalised function word */
            const ent_token *nx = &t[i + 1];
            size_t ln = nx->end - nx->start;
            if ((nx->flags & ENT_TOK_CAP) &&
                ((ln == 3 && strncmp(s + nx->start, "The", 3) == 0) ||
                 (ln == 2 && strncmp(s + nx->start, "He", 2) == 0) ||
                 (ln == 3 && strncmp(s + nx->start, "She", 3) == 0) ||
                 (ln == 4 && strncmp(s + nx->start, "They", 4) == 0)))
                end = true;
        }
        if (i + 1 == n)
            end = true;
        if (end) {
            if (last >= n)
                last = n - 1;
            if (text_grow((void **)&out->v, &out->cap, out->n, sizeof *out->v))
                return ENT_ENOMEM;
            ent_sentence *se = &out->v[out->n++];
            se->tok_begin = begin;
            se->tok_end = last + 1;
            se->start = t[begin].start;
            se->end = t[last].end;
            begin = last + 1;
            i = last;
        }
    }
    return 0;
}
