/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Devices by name: one table of kinds, one parser for --tunnel, used by
 * every subcommand that talks to a device. */
#include <stdlib.h>
#include <string.h>

#include "dev_real.h"
#include "device.h"
#include "sim.h"

/* ---- simulated devices ---- */

static int sim_open_variant(const char *sub, const struct cli_dev_opts *o, struct cli_device *d,
			    uint32_t variant)
{
	struct cxlmb_sim_config sc;
	struct cxlmb_mbox_config mc;
	int rc;

	cxlmb_sim_config_default(&sc);
	sc.variant = variant;
	sc.quirks = o->quirks;
	sc.forced_rc = o->forced_rc;
	/* the model is about 70 KB: on the heap, not the stack */
	d->sim = calloc(1, sizeof(*d->sim));
	if (!d->sim) {
		cli_err(sub, "device %s: out of memory", d->spec);
		return EXIT_USAGE;
	}
	if ((rc = cxlmb_sim_init(d->sim, &sc)) != 0) {
		cli_err(sub, "device %s: cannot create the simulated device: %s", d->spec,
			cxlmb_strerror(rc));
		free(d->sim);
		d->sim = NULL;
		return EXIT_USAGE;
	}
	cxlmb_sim_mbox_config(d->sim, &mc);
	if (o->timeout_ms)
		mc.cmd_timeout_ns = o->timeout_ms * 1000000ull;
	if ((rc = cxlmb_mbox_init(&d->mb, &cxlmb_sim_ops, d->sim, &mc)) != 0) {
		cli_err(sub, "device %s: mailbox: %s: %s", d->spec, cxlmb_strerror(rc),
			cxlmb_errdesc(rc));
		return EXIT_CHECK;
	}
	d->has_mbox = true;
	return cxlmb_ep_mbox_init(&d->root, &d->mb) ? EXIT_USAGE : EXIT_OK;
}

static int sim_type3_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
			  struct cli_device *d)
{
	(void)arg;
	return sim_open_variant(sub, o, d, CXLMB_SIM_TYPE3);
}

static int sim_switch_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
			   struct cli_device *d)
{
	(void)arg;
	return sim_open_variant(sub, o, d, CXLMB_SIM_SWITCH);
}

static void sim_close(struct cli_device *d)
{
	if (d->sim) {
		cxlmb_sim_fini(d->sim);
		free(d->sim);
		d->sim = NULL;
	}
}

/* ---- the kinds ---- */

static const struct cli_dev_kind kinds[] = {
	{ "sim", "the simulated Type-3 memory device", sim_type3_open, sim_close, NULL },
	{ "sim:type3", "the simulated Type-3 memory device", sim_type3_open, sim_close, NULL },
	{ "sim:switch", "the simulated switch mailbox CCI (an MLD on port 1)", sim_switch_open,
	  sim_close, NULL },
	{ "pci:", "a PCI function's CXL device registers (DDDD:BB:DD.F), no driver bound",
	  cli_dev_pci_open, cli_dev_mmio_close, NULL },
	{ "file:", "a register block in a file (PATH[@OFFSET])", cli_dev_file_open,
	  cli_dev_mmio_close, NULL },
	{ "linux:", "the Linux kernel's CXL ioctls (memN or /dev/cxl/memN)", cli_dev_linux_open,
	  cli_dev_linux_close, cli_dev_linux_detail },
};

const char *cli_device_kinds(void)
{
	static char list[256];
	size_t n = 0;

	if (list[0])
		return list;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const char *p = kinds[i].prefix;
		size_t l = strlen(p);
		bool arg = l && p[l - 1] == ':';
		int w = snprintf(list + n, sizeof(list) - n, "%s%s%s", i ? ", " : "", p,
				 arg ? "..." : "");
		if (w < 0 || (size_t)w >= sizeof(list) - n)
			break;
		n += (size_t)w;
	}
	return list;
}

static const struct cli_dev_kind *find_kind(const char *spec, const char **arg)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const char *p = kinds[i].prefix;
		size_t l = strlen(p);
		if (l && p[l - 1] == ':') {
			if (!strncmp(spec, p, l) && spec[l]) {
				*arg = spec + l;
				return &kinds[i];
			}
		} else if (!strcmp(spec, p)) {
			*arg = NULL;
			return &kinds[i];
		}
	}
	return NULL;
}

/* ---- --tunnel ---- */

bool cli_parse_route(const char *sub, const char *arg, struct cxlmb_route *route)
{
	const char *p = arg;

	memset(route, 0, sizeof(*route));
	if (!*arg) {
		cli_err(sub, "bad --tunnel '' (want port[,ld]...)");
		return false;
	}
	for (;;) {
		/* one hop: 1 to 3 decimal digits, 0..255; an empty hop is an error,
		 * never skipped (it would silently shorten the route) */
		const char *start = p;
		unsigned v = 0;
		while (*p >= '0' && *p <= '9' && p - start < 4)
			v = v * 10u + (unsigned)(*p++ - '0');
		if (p == start || (*p && *p != ',') || v > 255) {
			cli_err(sub, "bad --tunnel '%s': hop %u is not a number 0..255 (want port[,ld]...)",
				arg, route->depth + 1);
			return false;
		}
		if (route->depth >= CXLMB_TUNNEL_MAX_DEPTH) {
			cli_err(sub, "bad --tunnel '%s': more than %u levels", arg,
				CXLMB_TUNNEL_MAX_DEPTH);
			return false;
		}
		route->hop[route->depth].target_id = (uint8_t)v;
		route->hop[route->depth].target_type = 0;
		route->depth++;
		if (!*p)
			return true;
		p++; /* ',' */
	}
}

/* ---- the options every device subcommand shares ---- */

/* A return code: 1 to 4 hex digits, an optional 'h'. */
static bool parse_rc(const char *s, uint16_t *rc)
{
	unsigned v = 0, n = 0;

	for (; *s && n < 5; s++, n++) {
		int d = *s >= '0' && *s <= '9'	 ? *s - '0'
			: *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
			: *s >= 'A' && *s <= 'F' ? *s - 'A' + 10
						 : -1;
		if (d < 0)
			break;
		v = v << 4 | (unsigned)d;
	}
	if ((*s == 'h' || *s == 'H') && !s[1])
		s++;
	if (!n || n > 4 || *s)
		return false;
	*rc = (uint16_t)v;
	return true;
}

int cli_dev_option(const char *sub, int argc, char **argv, int *i, const char **dev,
		   struct cli_dev_opts *o)
{
	const char *arg = argv[*i], *v;

	if (cli_is_opt(arg, "--device")) {
		return (*dev = cli_optval(sub, argc, argv, i, "--device")) ? 1 : -1;
	} else if (cli_is_opt(arg, "--tunnel")) {
		if (!(v = cli_optval(sub, argc, argv, i, "--tunnel")) ||
		    !cli_parse_route(sub, v, &o->route))
			return -1;
		o->tunnel = v;
	} else if (cli_is_opt(arg, "--quirk")) {
		int q;
		if (!(v = cli_optval(sub, argc, argv, i, "--quirk")))
			return -1;
		if ((q = cxlmb_sim_quirk_by_name(v)) < 0) {
			cli_err(sub, "unknown quirk '%s' (see 'cxlmb sim --list-quirks')", v);
			return -1;
		}
		o->quirks |= 1u << q;
	} else if (cli_is_opt(arg, "--force-rc")) {
		uint16_t rc;
		/* the code the force-rc quirk answers (and the quirk itself) */
		if (!(v = cli_optval(sub, argc, argv, i, "--force-rc")))
			return -1;
		if (!parse_rc(v, &rc)) {
			cli_err(sub, "bad --force-rc '%s' (want a return code in hex, e.g. 0007)", v);
			return -1;
		}
		o->forced_rc = rc;
		o->quirks |= CXLMB_SIM_Q(FORCE_RC);
	} else if (cli_is_opt(arg, "--timeout-ms")) {
		if (!(v = cli_optval(sub, argc, argv, i, "--timeout-ms")) ||
		    !cli_parse_uint(sub, "--timeout-ms", v, 3600000, &o->timeout_ms))
			return -1;
	} else if (!strcmp(arg, "--force")) {
		o->force = true;
	} else if (!strcmp(arg, "--destructive")) {
		o->destructive = true;
	} else {
		return 0;
	}
	return 1;
}

/* ---- open / close ---- */

int cli_device_open(const char *sub, const char *spec, const struct cli_dev_opts *o,
		    struct cli_device *d)
{
	const char *arg = NULL;
	int rc;

	memset(d, 0, sizeof(*d));
	d->spec = spec;
	d->kind = find_kind(spec, &arg);
	if (!d->kind) {
		cli_err(sub, "no such device '%s' (devices: %s)", spec, cli_device_kinds());
		return EXIT_USAGE;
	}
	if ((o->quirks || o->forced_rc) && !d->sim && strncmp(d->kind->prefix, "sim", 3)) {
		cli_err(sub, "--quirk: device '%s' is not simulated", spec);
		return EXIT_USAGE;
	}
	rc = d->kind->open(sub, arg, o, d);
	if (rc) {
		cli_device_close(d);
		return rc;
	}
	d->root.gate = o->gate;
	d->ep = &d->root;
	if (o->route.depth) {
		d->scratch_stride = d->root.max_payload;
		d->scratch = malloc(d->scratch_stride * o->route.depth);
		if (!d->scratch) {
			cli_err(sub, "device %s: out of memory", spec);
			cli_device_close(d);
			return EXIT_USAGE;
		}
		for (unsigned i = 0; i < o->route.depth; i++) {
			rc = cxlmb_ep_route_init(&d->hops[i], d->ep, o->route.hop[i],
						 d->scratch + i * d->scratch_stride,
						 d->scratch_stride);
			if (rc) {
				cli_err(sub, "--tunnel hop %u: %s: %s", i + 1, cxlmb_strerror(rc),
					cxlmb_errdesc(rc));
				cli_device_close(d);
				return EXIT_USAGE;
			}
			d->ep = &d->hops[i];
		}
	}
	return EXIT_OK;
}

void cli_device_detail(const struct cli_device *d, char *buf, size_t n)
{
	if (n)
		buf[0] = '\0';
	if (d->kind && d->kind->detail && d->priv && n)
		d->kind->detail(d, buf, n);
}

void cli_device_close(struct cli_device *d)
{
	if (d->kind && d->kind->close)
		d->kind->close(d);
	free(d->scratch);
	d->scratch = NULL;
	d->ep = NULL;
}

bool cli_cmd_is_destructive(const struct cxlmb_cmd *c)
{
	switch (c->policy) {
	case CXLMB_POL_DESTRUCTIVE:
	case CXLMB_POL_SECURITY:
	case CXLMB_POL_FIRMWARE:
	case CXLMB_POL_POISON:
	case CXLMB_POL_TUNNEL: /* may carry any of the above */
	case CXLMB_POL_VENDOR: /* unknown effects */
		return true;
	default:
		return (c->effects & (CXLMB_EFF_IMM_DATA | CXLMB_EFF_SECURITY)) != 0;
	}
}
