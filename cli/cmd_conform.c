/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb conform: run the conformance suite against a device. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "conform.h"
#include "device.h"
#include "sim.h"

#define SEL_MAX 64

static void usage(FILE *f)
{
	fprintf(f,
		"usage: cxlmb conform --device <dev> [--tunnel <port>[,<ld>]...] [--quirk <name>]...\n"
		"                     [--only ID|GLOB]... [--skip ID|GLOB]... [--destructive]\n"
		"                     [--format text|tap|junit|json] [--output FILE] [--timeout-ms N]\n"
		"                     [--force] [--force-rc <hex>]\n"
		"       cxlmb conform --list [--format text|json]\n"
		"  Check a device against the CXL specification, one check per requirement\n"
		"  (id, spec section, outcome pass/fail/skip/error).  Devices: %s.\n"
		"  --tunnel       check what sits behind Tunnel Management Commands\n"
		"                 (sim:switch --tunnel 1 the MLD's FM-owned LD, --tunnel 1,0 its LD 0)\n"
		"  --only, --skip select checks by id or glob ('bnd.*'); repeatable\n"
		"  --destructive  also run checks that change the device (each says what)\n"
		"  --format       text (default), tap (TAP 14), junit (JUnit XML), json\n"
		"  --output FILE  write the report there instead of standard output\n"
		"  --timeout-ms N per-command budget (default 2000)\n"
		"  --force        real devices: go on although a driver is bound\n"
		"  --quirk        a simulator misbehaviour ('cxlmb sim --list-quirks')\n"
		"  --force-rc HEX the simulator answers every command with this return code\n"
		"  --list         the checks, with spec reference, severity, targets\n"
		"exit status: 0 every mandatory check passed (or skipped), 1 a check failed,\n"
		"2 usage or setup error\n",
		cli_device_kinds());
}

struct conform_args {
	const char *dev, *output;
	const char *only[SEL_MAX], *skip[SEL_MAX];
	size_t n_only, n_skip;
	bool list, destructive;
	unsigned format;
	struct cli_dev_opts o;
};

static bool parse_format(const char *sub, const char *v, unsigned *fmt)
{
	static const char *const names[] = { "text", "tap", "junit", "json" };
	for (unsigned i = 0; i < 4; i++)
		if (!strcmp(v, names[i])) {
			*fmt = i;
			return true;
		}
	cli_err(sub, "unknown --format '%s' (text, tap, junit or json)", v);
	return false;
}

static int parse(const char *sub, int argc, char **argv, struct conform_args *a)
{
	const char *v;

	memset(a, 0, sizeof(*a));
	a->o.timeout_ms = 2000;
	for (int i = 0; i < argc; i++) {
		int dv = cli_dev_option(sub, argc, argv, &i, &a->dev, &a->o);
		if (dv < 0)
			return EXIT_USAGE;
		if (dv > 0)
			continue;
		if (cli_is_opt(argv[i], "--only") || cli_is_opt(argv[i], "--skip")) {
			bool only = cli_is_opt(argv[i], "--only");
			const char **list = only ? a->only : a->skip;
			size_t *n = only ? &a->n_only : &a->n_skip;
			if (!(v = cli_optval(sub, argc, argv, &i, only ? "--only" : "--skip")))
				return EXIT_USAGE;
			if (*n == SEL_MAX) {
				cli_err(sub, "more than %d %s selections", SEL_MAX, only ? "--only" : "--skip");
				return EXIT_USAGE;
			}
			list[(*n)++] = v;
		} else if (cli_is_opt(argv[i], "--format")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--format")) ||
			    !parse_format(sub, v, &a->format))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--output")) {
			if (!(a->output = cli_optval(sub, argc, argv, &i, "--output")))
				return EXIT_USAGE;
		} else if (!strcmp(argv[i], "--list")) {
			a->list = true;
		} else {
			cli_err(sub, "unknown option '%s'", argv[i]);
			return EXIT_USAGE;
		}
	}
	a->destructive = a->o.destructive;
	/* force-rc without --force-rc: a code the specification does not define */
	if ((a->o.quirks & CXLMB_SIM_Q(FORCE_RC)) && !a->o.forced_rc)
		a->o.forced_rc = 0x00FF;
	if (a->list) {
		if (a->format == CF_FMT_TAP || a->format == CF_FMT_JUNIT) {
			cli_err(sub, "--list prints text or json");
			return EXIT_USAGE;
		}
		return EXIT_OK;
	}
	if (!a->dev) {
		cli_err(sub, "missing --device (e.g. --device sim)");
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int run(int argc, char **argv)
{
	const char *sub = "conform";
	struct conform_args a;
	struct cli_device d;
	struct cf_target t;
	struct cf_options o;
	struct cf_report rep;
	char name[160];
	FILE *out = stdout;
	int status;

	if ((status = parse(sub, argc, argv, &a)) != EXIT_OK)
		return status;
	if (a.output && !(out = fopen(a.output, "w"))) {
		cli_err(sub, "cannot write --output '%s'", a.output);
		return EXIT_USAGE;
	}
	if (a.list) {
		cf_list_write(out, a.format);
		if (out != stdout)
			fclose(out);
		return EXIT_OK;
	}
	memset(&d, 0, sizeof(d));
	if (cli_device_open(sub, a.dev, &a.o, &d) != EXIT_OK) {
		/* nothing to examine: for the suite that is a setup error */
		if (out != stdout)
			fclose(out);
		return EXIT_USAGE;
	}
	snprintf(name, sizeof(name), "%s%s%s", a.dev, a.o.tunnel ? " --tunnel " : "",
		 a.o.tunnel ? a.o.tunnel : "");
	t = (struct cf_target){ .ep = d.ep, .mb = d.ep == &d.root && d.has_mbox ? &d.mb : NULL,
				.regs_len = d.sim ? d.sim->regs_len : 0, .name = name };
	o = (struct cf_options){ .destructive = a.destructive, .only = a.only, .n_only = a.n_only,
				 .skip = a.skip, .n_skip = a.n_skip };
	/* text and TAP lines appear as each check finishes */
	if (a.format == CF_FMT_TEXT || a.format == CF_FMT_TAP) {
		o.progress = out;
		o.progress_format = a.format;
	}
	if (cf_run(&t, &o, &rep)) {
		cli_err(sub, "%s", rep.setup_error[0] ? rep.setup_error : "out of memory");
		status = EXIT_USAGE;
	} else {
		cf_report_end(out, &rep, a.format);
		status = rep.mandatory_failed ? EXIT_CHECK : EXIT_OK;
	}
	cf_report_free(&rep);
	cli_device_close(&d);
	if (out != stdout && fclose(out)) {
		cli_err(sub, "cannot write --output '%s'", a.output);
		status = EXIT_USAGE;
	}
	return status;
}

const struct cli_cmd cli_cmd_conform = { "conform", "run the conformance suite against a device",
					 run, usage };
