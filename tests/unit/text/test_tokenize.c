/*
 * test_tokenize.c - the text module's internals the coder's speed rests on:
 * the tokenizer's ASCII fast paths against the general path (token bounds
 * and flags pinned for words, abbreviations, apostrophes, numbers,
 * non-ASCII letters, invalid bytes and paragraph breaks), the sentence
 * splitter, and the string table's inline hashing and lookup.
 */
#include "test_util.h"

#include <string.h>

#include "text/text_int.h"

typedef struct tcase {
    const char *s;
    size_t n, bad, ntok;
    struct {
        size_t start, end;
        uint32_t flags;
    } tok[8];
} tcase;

/* Expected tokens (start, end, ENT_TOK_* | TOK_PARA), as the tokenizer
 * gave them before its fast paths were added. */
static const tcase cases[] = {
    {"NATO's chief", 12, 0, 3, {{0, 4, 0xd}, {4, 6, 0x1}, {7, 12, 0x1}}},
    {"don't DON'T can't", 17, 0, 6, {{0, 2, 0x1}, {2, 5, 0x1}, {6, 8, 0xd}, {8, 11, 0xd}, {12, 14, 0x1}, {14, 17, 0x1}}},
    {"U.S", 3, 0, 1, {{0, 3, 0x5}}},
    {"U.S. troops", 11, 0, 2, {{0, 4, 0x25}, {5, 11, 0x1}}},
    {"IBM.", 4, 0, 2, {{0, 3, 0xd}, {3, 4, 0x2}}},
    {"ab1 1st 9/11 A1", 15, 0, 6, {{0, 3, 0x1}, {4, 7, 0x11}, {8, 9, 0x11}, {9, 10, 0x2}, {10, 12, 0x11}, {13, 15, 0x5}}},
    {"caf\xc3""\xa9"" CAF\xc3""\x89"" na\xc3""\xaf""ve", 18, 0, 3, {{0, 5, 0x1}, {6, 11, 0xd}, {12, 18, 0x1}}},
    {"Mr. Jones, e.g. x", 17, 0, 5, {{0, 3, 0x25}, {4, 9, 0x5}, {9, 10, 0x2}, {11, 15, 0x21}, {16, 17, 0x1}}},
    {"a\tb\n\nc\n d", 9, 0, 4, {{0, 1, 0x1}, {2, 3, 0x1}, {5, 6, 0x101}, {8, 9, 0x1}}},
    {"x\x00""y", 3, 0, 3, {{0, 1, 0x1}, {1, 2, 0x2}, {2, 3, 0x1}}},
    {"-- ... - .", 10, 0, 4, {{0, 2, 0x2}, {3, 6, 0x2}, {7, 8, 0x2}, {9, 10, 0x2}}},
    {"O'Brien rock'n'roll", 19, 0, 2, {{0, 7, 0x5}, {8, 19, 0x1}}},
    {"X n N", 5, 0, 3, {{0, 1, 0x5}, {2, 3, 0x1}, {4, 5, 0x5}}},
    {"1,000.5 3.14 2,", 15, 0, 4, {{0, 7, 0x11}, {8, 12, 0x11}, {13, 14, 0x11}, {14, 15, 0x2}}},
    {"Russia\xe2""\x80""\x99""s envoy\xe2""\x80""\x99", 19, 0, 4, {{0, 6, 0x5}, {6, 10, 0x1}, {11, 16, 0x1}, {16, 19, 0x2}}},
    {"word\xff""bad", 8, 1, 2, {{0, 4, 0x1}, {5, 8, 0x1}}},
    {"end", 3, 0, 1, {{0, 3, 0x1}}},
    {"AB", 2, 0, 1, {{0, 2, 0xd}}},
    {"A", 1, 0, 1, {{0, 1, 0x5}}},
    {"\xc2""\xa0""nbsp", 6, 0, 1, {{2, 6, 0x1}}},
    {"gov't. approx. Sept.", 20, 0, 3, {{0, 6, 0x21}, {7, 14, 0x21}, {15, 20, 0x25}}},
    {"e\xcc""\x81""t\xc3""\xa9", 6, 0, 1, {{0, 6, 0x1}}},
    {"\xd0""\x9c""\xd0""\x9e""\xd0""\xa1""\xd0""\x9a""\xd0""\x92""\xd0""\x90"" hi", 15, 0, 2, {{0, 12, 0xd}, {13, 15, 0x1}}},
    {"'s 's", 5, 0, 4, {{0, 1, 0x2}, {1, 2, 0x1}, {3, 4, 0x2}, {4, 5, 0x1}}},
    {"x 's", 4, 0, 3, {{0, 1, 0x1}, {2, 3, 0x2}, {3, 4, 0x1}}},
    {"n't", 3, 0, 1, {{0, 3, 0x1}}},
    {"They're", 7, 0, 1, {{0, 7, 0x5}}},
};

static void test_tokens_pinned(void **state)
{
    (void)state;
    tokvec tv = {0};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const tcase *c = &cases[k];
        size_t bad = 99;
        assert_int_equal(text_tokenize(c->s, c->n, &tv, &bad), 0);
        if (tv.n != c->ntok || bad != c->bad)
            fail_msg("case %zu: %zu tokens, %zu invalid bytes; want %zu, %zu", k, tv.n, bad,
                     c->ntok, c->bad);
        for (size_t i = 0; i < tv.n; i++)
            if (tv.v[i].start != c->tok[i].start || tv.v[i].end != c->tok[i].end ||
                tv.v[i].flags != c->tok[i].flags)
                fail_msg("case %zu token %zu: [%zu, %zu) 0x%x; want [%zu, %zu) 0x%x", k, i,
                         tv.v[i].start, tv.v[i].end, tv.v[i].flags, c->tok[i].start,
                         c->tok[i].end, c->tok[i].flags);
    }
    free(tv.v);
}

/* The same word tokenizes alike wherever it ends: at the end of the text,
 * before a space, before punctuation the fast path leaves to the general
 * one ('.', ',', an apostrophe, a non-ASCII byte). */
static void test_fast_and_general_agree(void **state)
{
    (void)state;
    static const char *const words[] = {"Ukraine", "NATO", "x", "n", "A1", "42", "iPhone"};
    static const char *const after[] = {"", " ", ".", ",", "'", "\xe2\x80\x94", ";"};
    tokvec tv = {0};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        uint32_t flags0 = 0;
        for (size_t a = 0; a < sizeof after / sizeof after[0]; a++) {
            char buf[64];
            size_t wl = strlen(words[w]);
            snprintf(buf, sizeof buf, "%s%s", words[w], after[a]);
            assert_int_equal(text_tokenize(buf, strlen(buf), &tv, NULL), 0);
            assert_true(tv.n >= 1);
            assert_int_equal(tv.v[0].start, 0);
            if (strcmp(words[w], "x") != 0 || after[a][0] != '.') /* "x." is no abbreviation */
                assert_int_equal(tv.v[0].end, wl);
            uint32_t f = tv.v[0].flags & ~(uint32_t)ENT_TOK_ABBR;
            if (a == 0)
                flags0 = f;
            else if (f != flags0)
                fail_msg("'%s' before '%s': flags 0x%x, alone 0x%x", words[w], after[a], f,
                         flags0);
        }
    }
    free(tv.v);
}

static void test_split(void **state)
{
    (void)state;
    /* the quote after "more?" closes that sentence */
    const char *t = "He left. She stayed in the U.S. The end\n\nNew para. 3 more? \"Yes.\" Done";
    tokvec tv = {0};
    sentvec sv = {0};
    assert_int_equal(text_tokenize(t, strlen(t), &tv, NULL), 0);
    assert_int_equal(text_split(t, tv.v, tv.n, &sv), 0);
    static const char *const first[] = {"He", "She", "The", "New", "3", "Yes", "Done"};
    assert_int_equal(sv.n, sizeof first / sizeof first[0]);
    for (size_t i = 0; i < sv.n; i++)
        assert_memory_equal(t + sv.v[i].start, first[i], strlen(first[i]));
    free(tv.v);
    free(sv.v);
}

static void test_strtab(void **state)
{
    (void)state;
    strtab t = {0};
    char buf[64];
    uint32_t id;
    /* every length from 0 to 40 (the hash reads 8, 4 and 1 bytes at a
     * time), strings that differ in one byte only */
    for (size_t n = 0; n <= 40; n++)
        for (char ch = 'a'; ch <= 'c'; ch++) {
            memset(buf, 'x', n);
            if (n)
                buf[n / 2] = ch;
            assert_int_equal(strtab_add(&t, buf, n, &id), 0);
            assert_int_equal(strtab_find(&t, buf, n), id);
            assert_int_equal(strtab_len(&t, id), n);
            assert_memory_equal(strtab_get(&t, id), buf, n);
        }
    size_t total = t.n;
    assert_int_equal(total, 1 + 40 * 3); /* the empty string once */
    for (size_t n = 0; n <= 40; n++)
        for (char ch = 'a'; ch <= 'd'; ch++) {
            memset(buf, 'x', n);
            if (n)
                buf[n / 2] = ch;
            uint32_t f = strtab_find(&t, buf, n);
            if (ch == 'd' && n)
                assert_int_equal(f, 0);
            else
                assert_true(f >= 1 && f <= total);
        }
    /* many ids stay dense and findable across rehashes */
    for (unsigned i = 0; i < 5000; i++) {
        int k = snprintf(buf, sizeof buf, "w%u", i * 7919u);
        assert_int_equal(strtab_add(&t, buf, (size_t)k, &id), 0);
        assert_int_equal(id, total + i + 1);
    }
    for (unsigned i = 0; i < 5000; i++) {
        int k = snprintf(buf, sizeof buf, "w%u", i * 7919u);
        assert_int_equal(strtab_find(&t, buf, (size_t)k), total + i + 1);
    }
    assert_int_equal(strtab_find(&t, "w1", 2), 0);
    strtab_free(&t);
    strtab_free(&t); /* cleared: a second free is harmless */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens_pinned),
        cmocka_unit_test(test_fast_and_general_agree),
        cmocka_unit_test(test_split),
        cmocka_unit_test(test_strtab),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
