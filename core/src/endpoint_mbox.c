/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The mailbox endpoint: request messages over the doorbell transport. */
#include "cxlmb/endpoint.h"
#include "cxlmb/error.h"

static int mbox_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		     struct cxlmb_response *rsp)
{
	struct cxlmb_mbox_result res;
	int rc = cxlmb_mbox_send(ep->ctx, req->opcode, req->payload, req->len, rsp->buf, rsp->cap,
				 &res);

	rsp->rc = res.rc;
	rsp->vendor_status = res.vendor_status;
	rsp->bg_started = res.bg_started;
	rsp->len = res.copied;
	rsp->reported_len = res.out_len;
	/* a truncated copy is still an answer: the caller sees reported_len > len */
	return rc == CXLMB_E_OUTPUT_TRUNCATED ? CXLMB_E_OK : rc;
}

static int mbox_bg_status(struct cxlmb_endpoint *ep, struct cxlmb_bg_status *st)
{
	return cxlmb_mbox_bg_status(ep->ctx, st);
}

static uint64_t mbox_now(struct cxlmb_endpoint *ep)
{
	struct cxlmb_mbox *mb = ep->ctx;
	return mb->ops->now_ns ? mb->ops->now_ns(mb->ctx) : 0;
}

static void mbox_delay(struct cxlmb_endpoint *ep, uint64_t ns)
{
	struct cxlmb_mbox *mb = ep->ctx;
	if (mb->ops->delay_ns)
		mb->ops->delay_ns(mb->ctx, ns);
}

static const struct cxlmb_endpoint_ops mbox_ops = {
	.send = mbox_send,
	.bg_status = mbox_bg_status,
	.now_ns = mbox_now,
	.delay_ns = mbox_delay,
};

int cxlmb_ep_mbox_init(struct cxlmb_endpoint *ep, struct cxlmb_mbox *mb)
{
	if (!ep || !mb || !mb->ops || !mb->payload_size)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(ep, 0, sizeof(*ep));
	ep->ops = &mbox_ops;
	ep->ctx = mb;
	ep->kind = CXLMB_EPK_MAILBOX;
	ep->max_payload = mb->payload_size;
	return CXLMB_E_OK;
}

struct cxlmb_mbox *cxlmb_ep_mbox(const struct cxlmb_endpoint *ep)
{
	return ep && ep->ops == &mbox_ops ? ep->ctx : NULL;
}
