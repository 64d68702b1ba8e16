/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Devices by name, parsed once for every subcommand.
 *
 *   sim, sim:type3      the simulated Type-3 memory device
 *   sim:switch          the simulated switch mailbox CCI (MLD on port 1)
 *   (to come: pci:DDDD:BB:DD.F, file:PATH[@OFF], linux:/dev/cxl/memN)
 *
 * An open device gives the command layer's root endpoint (and, when the
 * device has registers, its transport), plus the route endpoint for a
 * --tunnel path.  Kinds register in device.c's table: adding one is a row
 * and an open function. */
#ifndef CXLMB_CLI_DEVICE_H
#define CXLMB_CLI_DEVICE_H

#include "cli.h"

struct cxlmb_sim;

/* What a subcommand asks of the device it opens. */
struct cli_dev_opts {
	uint32_t quirks;           /* simulator quirks (sim kinds only) */
	uint16_t forced_rc;        /* the return code the force-rc quirk answers */
	uint64_t timeout_ms;       /* per-command budget (0: the transport default) */
	bool force;                /* real devices: go on although a driver is bound */
	bool destructive;          /* destructive commands allowed */
	const struct cxlmb_gate *gate; /* the central policy (NULL: none) */
	struct cxlmb_route route;  /* --tunnel path (depth 0: the device itself) */
	const char *tunnel;        /* --tunnel as given (reports), or NULL */
};

struct cli_device {
	const char *spec;           /* as given */
	const struct cli_dev_kind *kind;
	struct cxlmb_endpoint root; /* the device itself */
	struct cxlmb_endpoint hops[CXLMB_TUNNEL_MAX_DEPTH]; /* --tunnel routes */
	struct cxlmb_endpoint *ep;  /* where commands go: root or the last hop */
	struct cxlmb_mbox mb;       /* register transport (when the kind has one) */
	bool has_mbox;
	struct cxlmb_sim *sim;      /* sim kinds: the model (heap, not the stack) */
	void *priv;                 /* other kinds' own state */
	uint8_t *scratch;           /* one wrap buffer per hop (heap) */
	size_t scratch_stride;
};

struct cli_dev_kind {
	const char *prefix;  /* "sim", "sim:switch", "pci:" (a trailing ':' takes an argument) */
	const char *summary; /* one line for --help */
	/* Open: fill d->root (and d->mb / d->sim / d->priv).  Returns EXIT_OK,
	 * or EXIT_USAGE / EXIT_CHECK after one cli_err line. */
	int (*open)(const char *sub, const char *arg, const struct cli_dev_opts *o,
		    struct cli_device *d);
	void (*close)(struct cli_device *d);
	/* Optional: what the last refused command's cause was, below the
	 * library's error code (the kernel's errno); "" when none. */
	void (*detail)(const struct cli_device *d, char *buf, size_t n);
};

/* Parse --tunnel "p[,ld]...": numbers 0..255, no empty hop, at most
 * CXLMB_TUNNEL_MAX_DEPTH.  One cli_err line and false on bad input. */
bool cli_parse_route(const char *sub, const char *arg, struct cxlmb_route *route);

/* The device options every device subcommand takes, at argv[*i]:
 * --device, --tunnel, --quirk, --force-rc, --timeout-ms, --force,
 * --destructive.  1: taken (*i advanced past a separate value); 0: not a
 * device option; -1: bad value (after one cli_err line). */
int cli_dev_option(const char *sub, int argc, char **argv, int *i, const char **dev,
		   struct cli_dev_opts *o);

/* Open spec with o; on success d->ep is where commands go.  Returns
 * EXIT_OK, or EXIT_USAGE / EXIT_CHECK after one cli_err line. */
int cli_device_open(const char *sub, const char *spec, const struct cli_dev_opts *o,
		    struct cli_device *d);
void cli_device_close(struct cli_device *d);
/* The kind's detail of the last refused command into buf ("" when the kind
 * has none): call before cli_device_close, print it on the same line. */
void cli_device_detail(const struct cli_device *d, char *buf, size_t n);
/* Would this command change data, security state, firmware or poison on
 * a device (or carry another command that might)?  Real devices need
 * --destructive for these. */
bool cli_cmd_is_destructive(const struct cxlmb_cmd *c);

/* "sim, sim:type3, sim:switch" for error messages and help. */
const char *cli_device_kinds(void);

#endif
