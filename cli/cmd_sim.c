/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb sim: facts about the simulated device. */
#include <string.h>

#include "cli.h"
#include "sim.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb sim --list-quirks | --list-commands\n"
		   "  --list-quirks    the misbehaviours the simulator can be told to show\n"
		   "  --list-commands  the opcodes the simulated Type-3 device implements\n");
}

static int run(int argc, char **argv)
{
	if (argc == 1 && !strcmp(argv[0], "--list-quirks")) {
		for (unsigned i = 0; i < CXLMB_SIM_QUIRK_COUNT; i++)
			printf("%-20s %s\n", cxlmb_sim_quirk_name(i), cxlmb_sim_quirk_desc(i));
		return EXIT_OK;
	}
	if (argc == 1 && !strcmp(argv[0], "--list-commands")) {
		for (size_t i = 0; i < cxlmb_sim_command_count(); i++) {
			const struct cxlmb_cmd *c = cxlmb_cmd_find(cxlmb_sim_command_at(i));
			printf("%04Xh %s\n", cxlmb_sim_command_at(i), c ? c->name : "?");
		}
		return EXIT_OK;
	}
	if (argc == 0)
		cli_err("sim", "missing option (--list-quirks or --list-commands)");
	else
		cli_err("sim", "unknown option '%s'", argv[0]);
	return EXIT_USAGE;
}

const struct cli_cmd cli_cmd_sim = { "sim", "list the simulator's quirks and commands", run, usage };
