/* cmd_pending.c - temporary: commands whose implementation is being written. */
#include "cli.h"

static int pending(const char *name)
{
    fprintf(stderr, "entente %s: not implemented yet\n", name);
    return ENT_EXIT_FAILURE;
}
int cmd_show(int argc, char **argv) { (void)argc; return pending(argv[0]); }
int cmd_list(int argc, char **argv) { (void)argc; return pending(argv[0]); }
int cmd_db(int argc, char **argv) { (void)argc; return pending(argv[0]); }
int cmd_summary(int argc, char **argv) { (void)argc; return pending(argv[0]); }
