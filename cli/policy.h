/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The central policy for the command-line tool: a profile by name as the
 * command layer's gate, the cel profile's logs read from the device, and
 * the line a refused command prints.
 *
 * Wiring `send --policy <profile>` (cli/cmd_send.c, cli/device.c):
 *   static struct cli_policy cp;        // static or heap: it holds the CELs
 *   o.gate = cli_policy_gate(sub, name, &cp);   // NULL: bad name (one error line) -> EXIT_USAGE
 *   cli_device_open(sub, spec, &o, &d);          // sets d.root.gate = o.gate
 *   if (cli_policy_load_cels(sub, &cp, &d))      // only does work for "cel"
 *           return EXIT_CHECK;
 *   rc = cxlmb_call(d.ep, &call);
 *   if (rc == CXLMB_E_DENIED)
 *           return cli_policy_denied(sub, &call.verdict, &cp);  // prints, returns EXIT_DENIED (3)
 * and, for a taint, cli_policy_tainted(sub, &call.verdict, &cp) prints a
 * note on stderr. */
#ifndef CXLMB_CLI_POLICY_H
#define CXLMB_CLI_POLICY_H

#include "cli.h"
#include "cxlmb/policy.h"
#include "device.h"

#define CLI_POLICY_CEL_MAX 4096u /* bytes of one target's CEL (1024 commands) */

struct cli_policy {
	const char *name;
	struct cxlmb_policy pol;
	struct cxlmb_gate gate;
	struct cxlmb_policy_cel cels[CXLMB_TUNNEL_MAX_DEPTH + 1];
	uint8_t cel[CXLMB_TUNNEL_MAX_DEPTH + 1][CLI_POLICY_CEL_MAX];
};

/* The profile's gate, built in *cp.  NULL after one cli_err line naming
 * the profiles when the name is unknown. */
const struct cxlmb_gate *cli_policy_gate(const char *sub, const char *name, struct cli_policy *cp);
/* cel profile: read the Command Effects Log of the device and of every
 * hop of its --tunnel route (Get Supported Logs, Get Log; the gate is
 * lifted for these reads only).  Other profiles: nothing.  EXIT_OK, or
 * EXIT_CHECK after one cli_err line. */
int cli_policy_load_cels(const char *sub, struct cli_policy *cp, struct cli_device *d);
/* One CEL (bytes as Get Log returns them) for every target: `--cel`. */
void cli_policy_set_cel(struct cli_policy *cp, const uint8_t *log, size_t len);

/* "denied: 4400h Sanitize: ... under linux-raw" on stderr (as a cli_err
 * line); returns EXIT_DENIED. */
int cli_policy_denied(const char *sub, const struct cxlmb_verdict *v, const struct cli_policy *cp);
/* "allowed with taint: ..." on stderr when v is a taint; nothing otherwise. */
void cli_policy_tainted(const char *sub, const struct cxlmb_verdict *v, const struct cli_policy *cp);
/* The same line into buf (always terminated). */
void cli_policy_line(char *buf, size_t cap, const struct cxlmb_verdict *v, const char *profile);

/* "linux-raw, lockdown, ..." for errors and help. */
const char *cli_policy_names(void);

#endif
