/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Pieces the endpoint kinds share inside the core. */
#ifndef CXLMB_EP_INTERNAL_H
#define CXLMB_EP_INTERNAL_H

#include "cxlmb/endpoint.h"

/* Send through ep's kind without asking the gate (inner levels of a chain:
 * the gate already saw the whole route at the top). */
int cxlmb_ep_raw_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		      struct cxlmb_response *rsp);

#endif
