// A graphql-ws (graphql-transport-ws) server with a small schema for Wsprobe's protocol-layer
// tests: a query, a subscription that counts to a number and completes, and one that fails.
// Prints "LISTENING <port>"; 127.0.0.1 only.
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLSchema, GraphQLObjectType, GraphQLInt, GraphQLString } from 'graphql';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { hello: { type: GraphQLString, resolve: () => 'world' } },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      count: {
        type: GraphQLInt,
        args: { to: { type: GraphQLInt } },
        subscribe: async function* (_, { to }) {
          for (let i = 1; i <= to; ++i) yield { count: i };
        },
      },
    },
  }),
});

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/graphql' });
useServer({ schema, onConnect: (ctx) => ctx.connectionParams?.token !== 'refused' }, wss);
wss.on('listening', () => console.log(`LISTENING ${wss.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
