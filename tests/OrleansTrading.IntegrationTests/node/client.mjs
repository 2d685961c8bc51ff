// An independent client of the public contract: loads proto/ with @grpc/proto-loader and talks to a running host
// with @grpc/grpc-js. Submits a limit order, finds it in the account's order list, cancels it, and checks that an
// invalid order is refused with INVALID_ARGUMENT. Prints one JSON object per step; exits 0 only if every step held.
//
// usage: NODE_PATH=.tools/node/node_modules node client.mjs --endpoint 127.0.0.1:5080 --api-key KEY \
//          --account ACC --strategy STRAT --instrument AAPL.XNAS [--proto-root proto]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
for (const required of ['endpoint', 'api-key', 'account', 'strategy', 'instrument']) {
  if (!args[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}

const protoRoot = args['proto-root'] ?? path.resolve(here, '../../../proto');
const definition = protoLoader.loadSync('orleans_trading/v1/order_service.proto', {
  includeDirs: [protoRoot],
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});
const api = grpc.loadPackageDefinition(definition).orleans_trading.v1;
const orders = new api.OrderService(args.endpoint, grpc.credentials.createInsecure());
const metadata = new grpc.Metadata();
metadata.set('x-api-key', args['api-key']);

const call = (method, request) =>
  new Promise((resolve, reject) => {
    const deadline = new Date(Date.now() + 30_000);
    orders[method](request, metadata, { deadline }, (error, response) => (error ? reject(error) : resolve(response)));
  });

const report = (step, details) => console.log(JSON.stringify({ step, ...details }));
const fail = (step, message) => {
  report(step, { ok: false, message });
  process.exit(1);
};

const clientOrderId = `node-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const order = {
  account_id: args.account,
  strategy_id: args.strategy,
  instrument_id: args.instrument,
  client_order_id: clientOrderId,
  side: 'SIDE_BUY',
  order_type: 'ORDER_TYPE_LIMIT',
  quantity: '25',
  limit_price: '42.50',
  time_in_force: 'TIME_IN_FORCE_GTC',
};

try {
  const submitted = await call('SubmitOrder', order);
  if (submitted.order.client_order_id !== clientOrderId || submitted.order.limit_price !== '42.50') {
    fail('submit', `unexpected order ${JSON.stringify(submitted.order)}`);
  }
  report('submit', { ok: true, client_order_id: clientOrderId, status: submitted.order.status });

  let found = null;
  let page_token = '';
  do {
    const page = await call('ListOrders', { account_id: args.account, page_size: 1000, page_token });
    found = found ?? page.orders.find((o) => o.client_order_id === clientOrderId);
    page_token = page.next_page_token;
  } while (page_token);
  if (!found) {
    fail('list', `order ${clientOrderId} not in the account's list`);
  }
  report('list', { ok: true, client_order_id: found.client_order_id, quantity: found.quantity });

  const cancelled = await call('CancelOrder', { account_id: args.account, client_order_id: clientOrderId });
  report('cancel', { ok: true, client_order_id: cancelled.order.client_order_id, status: cancelled.order.status });

  try {
    await call('SubmitOrder', { ...order, client_order_id: `${clientOrderId}-bad`, quantity: '0' });
    fail('invalid', 'an order with quantity 0 was accepted');
  } catch (error) {
    if (error.code !== grpc.status.INVALID_ARGUMENT) {
      fail('invalid', `expected INVALID_ARGUMENT, got ${error.code}: ${error.details}`);
    }
    report('invalid', { ok: true, code: 'INVALID_ARGUMENT', reason: error.metadata.get('reason-code')[0] ?? null, details: error.details });
  }
  report('done', { ok: true });
} catch (error) {
  fail('error', `${error.code ?? ''} ${error.details ?? error.message}`);
} finally {
  orders.close();
}
