// Where the content lives: content/ by default, or the folder named by COMMUNIQUES_CONTENT (used by tests and benchmarks).
export const contentDir = process.env.COMMUNIQUES_CONTENT || 'content';
