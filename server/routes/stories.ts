import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { notFound } from '../http/http-error';
import { parseRequest } from '../http/validate';
import type { StoryService } from '../stories/story-service';

const StoryParams = z.object({
  id: z.string().min(1).max(200, 'a story id is at most 200 characters'),
});

/**
 * GET /v1/stories/:id: a story with every article and its coverage, or 404. The story service
 * reads the story as stored when it last changed: nothing is computed per request.
 */
export const storiesRoute: FastifyPluginAsync<{ stories: StoryService }> = async (
  app,
  { stories },
) => {
  app.get('/v1/stories/:id', async (request, reply) => {
    const { id } = parseRequest(StoryParams, request.params, 'params');
    const story = await stories.storyJson(id);
    if (story === null) throw notFound(`No story with id "${id}".`);
    // Stored as core Story JSON, parsed against it when the story changed (story-service.ts).
    return reply.type('application/json; charset=utf-8').send(story);
  });
};
