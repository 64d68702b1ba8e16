/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The command layer: every command's one path to a device.
 *
 * An endpoint takes a request message (opcode + payload) and returns a
 * response message (return code, vendor status, payload, background
 * started).  Kinds:
 *   - a mailbox over a register backend (cxlmb_ep_mbox_init);
 *   - a tunnel route: one Tunnel Management Command hop (CXL r3.2
 *     §7.6.7.3.1) through a parent endpoint, which may itself be a route, so
 *     a path of any depth up to CXLMB_TUNNEL_MAX_DEPTH is a chain of routes;
 *   - kinds without registers (the Linux kernel's ioctl, MCTP) implement the
 *     same ops outside the core.
 *
 * cxlmb_ep_send() is the single entry: it asks the chain's gate (the
 * central policy, set on the root endpoint) before anything leaves the
 * host, so a refused command never reaches the registers.  The typed call
 * on top (call.h) encodes, sends and decodes strictly.
 *
 * Caller-owned contexts (BearSSL style): no allocation, no globals. */
#ifndef CXLMB_ENDPOINT_H
#define CXLMB_ENDPOINT_H

#include "cci.h"
#include "env.h"
#include "error.h"
#include "mbox.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A request message.  The payload is read only. */
struct cxlmb_request {
	uint16_t opcode;
	const uint8_t *payload;
	size_t len;
};

/* A response message in a caller buffer.  Set buf/cap before sending;
 * the endpoint fills the rest. */
struct cxlmb_response {
	uint8_t *buf;           /* caller's buffer for the response payload */
	size_t cap;
	size_t len;             /* payload bytes in buf */
	size_t reported_len;    /* payload length the device reported (> len: truncated) */
	uint16_t rc;            /* device return code (CXLMB_RC_*) */
	uint16_t vendor_status; /* vendor-specific extended status */
	bool bg_started;        /* a background operation was started */
	/* route failures: the 0-based level of the chain whose answer ended
	 * the walk (0 = the root endpoint answered the outermost 5300h) */
	uint8_t fail_level;
};

/* Where a command goes: the tunnel hops from the root endpoint, outermost
 * first (depth 0 = the root itself). */
struct cxlmb_route {
	struct cxlmb_tunnel_hop hop[CXLMB_TUNNEL_MAX_DEPTH];
	unsigned depth;
};

/* What the gate (the central policy) says of one request. */
enum cxlmb_decision {
	CXLMB_ALLOW = 0,
	CXLMB_DENY = 1,
	CXLMB_ALLOW_TAINT = 2, /* allowed, but the caller should record it (Linux taints) */
};

struct cxlmb_verdict {
	uint8_t decision;     /* enum cxlmb_decision */
	uint8_t level;        /* nesting level that decided (0 = the outer command) */
	uint16_t opcode;      /* the command that decided (inside a tunnel: the inner one) */
	uint16_t reason;      /* policy-defined reason code */
	const char *why;      /* a static one-line reason a person understands */
};

/* The gate: called once per cxlmb_ep_send with the full route.  Returns
 * CXLMB_E_OK after filling v (allow, deny or taint). */
struct cxlmb_gate {
	int (*decide)(const void *ctx, const struct cxlmb_route *route,
		      const struct cxlmb_request *req, struct cxlmb_verdict *v);
	const void *ctx;
};

struct cxlmb_endpoint;

struct cxlmb_endpoint_ops {
	/* Send one request message and receive its response.  CXLMB_E_OK when
	 * a response arrived, whatever its return code; transport errors
	 * otherwise.  Never checks the gate (cxlmb_ep_send does). */
	int (*send)(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		    struct cxlmb_response *rsp);
	/* Optional: background operation status as the endpoint shows it
	 * (mailbox registers, or 0002h as a message).  NULL: use 0002h. */
	int (*bg_status)(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st);
	/* Optional clock and delay (NULL: ask the parent). */
	uint64_t (*now_ns)(struct cxlmb_endpoint *ep);
	void (*delay_ns)(struct cxlmb_endpoint *ep, uint64_t ns);
};

/* Endpoint kinds (for reports and for checks that need registers). */
enum cxlmb_ep_kind {
	CXLMB_EPK_MAILBOX = 0, /* a mailbox over a register backend */
	CXLMB_EPK_ROUTE = 1,   /* one tunnel hop through a parent */
	CXLMB_EPK_KERNEL = 2,  /* the Linux kernel's ioctl (hosted) */
	CXLMB_EPK_OTHER = 3,
};

struct cxlmb_endpoint {
	const struct cxlmb_endpoint_ops *ops;
	void *ctx;                      /* the kind's own state */
	struct cxlmb_endpoint *parent;  /* NULL for a root endpoint */
	const struct cxlmb_gate *gate;  /* on the root: applies to every route through it */
	uint32_t max_payload;           /* largest payload this endpoint carries */
	uint8_t kind;                   /* enum cxlmb_ep_kind */
	uint8_t depth;                  /* tunnel levels from the root */
	uint8_t tag;                    /* CCI message tag of the next wrap (routes) */
	struct cxlmb_tunnel_hop hop;    /* this route's hop (routes) */
	uint8_t *scratch;               /* routes: caller buffer for the wrapped request */
	size_t scratch_cap;
	uint64_t sent;                  /* messages this endpoint sent (all levels count theirs) */
};

/* The mailbox endpoint over an initialised transport. */
int cxlmb_ep_mbox_init(struct cxlmb_endpoint *ep, struct cxlmb_mbox *mb);
/* The transport whose registers this endpoint is, or NULL (a route, the
 * kernel, MCTP: reachable by messages only). */
struct cxlmb_mbox *cxlmb_ep_mbox(const struct cxlmb_endpoint *ep);

/* One tunnel hop through parent.  scratch holds the wrapped request and
 * then the wrapped response: give it the parent's max_payload bytes.  DEPTH beyond CXLMB_TUNNEL_MAX_DEPTH;
 * INVALID_ARG for an undefined target type. */
int cxlmb_ep_route_init(struct cxlmb_endpoint *ep, struct cxlmb_endpoint *parent,
			struct cxlmb_tunnel_hop hop, uint8_t *scratch, size_t scratch_cap);

/* The root endpoint of a chain, and the route from it to ep. */
struct cxlmb_endpoint *cxlmb_ep_root(struct cxlmb_endpoint *ep);
void cxlmb_ep_route_of(const struct cxlmb_endpoint *ep, struct cxlmb_route *route);

/* Send one request message.  The gate of the chain's root decides first:
 * DENIED (v says why) and nothing is sent.  Then CXLMB_E_OK with the
 * response (any return code) or a transport error; ROUTE when a tunnel
 * level above the target answered an error (rsp->rc, rsp->fail_level).
 * v may be NULL. */
int cxlmb_ep_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		  struct cxlmb_response *rsp, struct cxlmb_verdict *v);

/* Background operation status of the endpoint (registers for a mailbox,
 * 0002h through a route), and a poll to the end within timeout_ns,
 * measured as backend.h describes (clock, else delays, else a least cost
 * per poll).  An operation that ended is reported with its return code in
 * st->rc; one that ended Success below 100%, or another opcode than
 * expected (0: any), is BG_INCONSISTENT. */
int cxlmb_ep_bg_status(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st);
int cxlmb_ep_bg_wait(struct cxlmb_endpoint *ep, uint16_t opcode, uint64_t timeout_ns,
		     struct cxlmb_bg_status *st);

/* Clock and delay along the chain (0 / no-op when nothing provides them). */
uint64_t cxlmb_ep_now_ns(struct cxlmb_endpoint *ep);
void cxlmb_ep_delay_ns(struct cxlmb_endpoint *ep, uint64_t ns);

/* CXLMB_E_OK for Success or Background started, else DEVICE_RC. */
static inline int cxlmb_response_err(const struct cxlmb_response *rsp)
{
	return rsp->rc == CXLMB_RC_SUCCESS || rsp->rc == CXLMB_RC_BACKGROUND ? CXLMB_E_OK
									   : CXLMB_E_DEVICE_RC;
}

#ifdef __cplusplus
}
#endif

#endif
