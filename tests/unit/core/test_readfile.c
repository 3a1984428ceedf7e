/*
 * test_readfile.c - reading a whole file: contents and NUL, the size
 * limit, a missing file, an empty file and a stream.
 */
#include "test_util.h"

#include "core/readfile.h"

#include <entente/common.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void write_file(const char *path, const char *text, size_t n)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(text, 1, n, fp), n);
    fclose(fp);
}

static void test_reads_all(void **state)
{
    (void)state;
    char path[] = "/tmp/ent_readfile_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    /* larger than the first 64 KiB buffer, so it grows */
    size_t n = 200000;
    char *text = malloc(n);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        text[i] = (char)('a' + i % 26);
    write_file(path, text, n);
    char *buf;
    size_t len;
    assert_int_equal(ent_core__read_file(path, (size_t)1 << 20, &buf, &len), 0);
    assert_int_equal(len, n);
    assert_memory_equal(buf, text, n);
    assert_int_equal(buf[len], '\0');
    free(buf);
    /* over the limit */
    assert_int_equal(ent_core__read_file(path, 100000, &buf, &len), ENT_ELIMIT);
    assert_null(buf);
    assert_non_null(strstr(ent_error_last(), "larger than"));
    /* empty */
    write_file(path, "", 0);
    assert_int_equal(ent_core__read_file(path, 10, &buf, &len), 0);
    assert_int_equal(len, 0);
    assert_string_equal(buf, "");
    free(buf);
    unlink(path);
    free(text);
}

static void test_missing(void **state)
{
    (void)state;
    char *buf = (char *)1;
    size_t len = 7;
    assert_int_equal(ent_core__read_file("/nonexistent/x.txt", 10, &buf, &len), ENT_EIO);
    assert_null(buf);
    assert_int_equal(len, 0);
    assert_non_null(strstr(ent_error_last(), "/nonexistent/x.txt: cannot open"));
}

static void test_stream(void **state)
{
    (void)state;
    FILE *fp = tmpfile();
    assert_non_null(fp);
    fputs("line one\nline two\n", fp);
    rewind(fp);
    char *buf;
    size_t len;
    assert_int_equal(ent_core__read_stream(fp, "<stdin>", 100, &buf, &len), 0);
    assert_string_equal(buf, "line one\nline two\n");
    free(buf);
    fclose(fp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reads_all),
        cmocka_unit_test(test_missing),
        cmocka_unit_test(test_stream),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
