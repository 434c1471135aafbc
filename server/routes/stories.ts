import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { Story } from '../../core/story';
import { notFound } from '../http/http-error';
import { parseRequest, sendValid } from '../http/validate';
import type { Repository } from '../store/repository';

const StoryParams = z.object({
  id: z.string().min(1).max(200, 'a story id is at most 200 characters'),
});

/** GET /v1/stories/:id: a story with every article and its coverage, or 404. */
export const storiesRoute: FastifyPluginAsync<{ repository: Repository }> = async (
  app,
  { repository },
) => {
  app.get('/v1/stories/:id', async (request, reply) => {
    const { id } = parseRequest(StoryParams, request.params, 'params');
    const story = await repository.getStory(id);
    if (!story) throw notFound(`No story with id "${id}".`);
    return sendValid(reply, Story, story);
  });
};
